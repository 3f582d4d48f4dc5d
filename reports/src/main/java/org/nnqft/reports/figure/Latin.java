package org.nnqft.reports.figure;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;

/**
 * Text as VectorGraphics2D's PDF can write it. Its PDFs use the standard WinAnsi encoding without
 * embedded fonts, which has no superscript minus, no superscripts above 3, no subscripts and no
 * Greek: those would print as "?". The SVG keeps them; the PDF spells them out (10⁻³ as 10^-3,
 * m₄ as m4, σ_W as sigma_W, ∝ as ~).
 */
final class Latin {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private Latin() {
    }

    static String of(String s) {
        StringBuilder b = new StringBuilder();
        boolean inPower = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean power = c == '⁻' || SUPERSCRIPTS.indexOf(c) >= 0;
            if (power && !inPower) {
                b.append('^');
            }
            inPower = power;
            if (c == '⁻' || c == '−') {
                b.append('-');
            } else if (SUPERSCRIPTS.indexOf(c) >= 0) {
                b.append((char) ('0' + SUPERSCRIPTS.indexOf(c)));
            } else if (SUBSCRIPTS.indexOf(c) >= 0) {
                b.append((char) ('0' + SUBSCRIPTS.indexOf(c)));
            } else if (c == 'σ') {
                b.append("sigma");
            } else if (c == '∝') {
                b.append('~');
            } else if (c == '≥') {
                b.append(">=");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A VectorGraphics2D that draws every string through {@link Latin#of}. */
    static final class Graphics extends VectorGraphics2D {
        @Override
        public void drawString(String str, float x, float y) {
            super.drawString(of(str), x, y);
        }

        @Override
        public void drawString(String str, int x, int y) {
            super.drawString(of(str), x, y);
        }
    }
}
