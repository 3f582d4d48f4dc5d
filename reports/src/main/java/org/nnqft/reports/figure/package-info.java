/**
 * Figures for the report and for papers: panels of points, error bars and lines drawn by JFreeChart
 * into VectorGraphics2D, written as SVG with real text and as PDF. Small multiples share their axes'
 * ranges; log axes are labelled in plain notation without overlaps. Imports nothing of nnqft's: the
 * report builds figures from result files, this package only draws them.
 */
package org.nnqft.reports.figure;
