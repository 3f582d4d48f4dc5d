/** Named presets: the published experiments (ELS Figures 1 and 2, ...) as spec defaults. */
package org.nnqft.reports.presets;
