package org.nnqft.numerics.spec;

/** Bad input: names the parameter, its allowed range and what was given. */
public final class SpecException extends IllegalArgumentException {
    private final String parameter;

    public SpecException(String parameter, String allowed, Object given) {
        super(parameter + " must be " + allowed + " (got " + given + ")");
        this.parameter = parameter;
    }

    /** The spec field at fault, spelled as the command line spells it (d-in, sigma-w, ...). */
    public String parameter() {
        return parameter;
    }
}
