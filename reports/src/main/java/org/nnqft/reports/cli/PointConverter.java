package org.nnqft.reports.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One input point, "x1,x2,...". picocli splits --inputs on ';' and converts each point here;
 * whether the point has d-in coordinates is the spec's check, which knows the final d-in.
 */
final class PointConverter implements ITypeConverter<double[]> {

    @Override
    public double[] convert(String text) {
        String[] parts = text.split(",", -1);
        double[] point = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            try {
                point[i] = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + part + "' in point '" + text + "' is not a number");
            }
        }
        return point;
    }
}
