package org.mandate.analysis.sensitivity;

/** Test functions of the sensitivity literature with their analytic Sobol indices, all on the unit cube. */
final class TestFunctions {
    static final double ISHIGAMI_A = 7;
    static final double ISHIGAMI_B = 0.1;
    static final double[] G_A = {0, 1, 4.5, 9, 99, 99, 99, 99};

    private TestFunctions() {
    }

    /** Ishigami and Homma (1990): sin x1 + a sin² x2 + b x3⁴ sin x1 with each x_i uniform on [-π, π]. */
    static double ishigami(double[] u) {
        double x1 = Math.PI * (2 * u[0] - 1);
        double x2 = Math.PI * (2 * u[1] - 1);
        double x3 = Math.PI * (2 * u[2] - 1);
        double s2 = Math.sin(x2);
        return Math.sin(x1) + ISHIGAMI_A * s2 * s2 + ISHIGAMI_B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** Ishigami's partial variances V1, V2, V13 and total variance V, from Sobol and Levitan (1999). */
    static double[] ishigamiVariances() {
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + ISHIGAMI_B * pi4 / 5, 2);
        double v2 = ISHIGAMI_A * ISHIGAMI_A / 8;
        double v13 = ISHIGAMI_B * ISHIGAMI_B * pi4 * pi4 * (1.0 / 18 - 1.0 / 50);
        return new double[] {v1, v2, v13, v1 + v2 + v13};
    }

    static double[] ishigamiFirstOrder() {
        double[] v = ishigamiVariances();
        return new double[] {v[0] / v[3], v[1] / v[3], 0};
    }

    static double[] ishigamiTotalOrder() {
        double[] v = ishigamiVariances();
        return new double[] {(v[0] + v[2]) / v[3], v[1] / v[3], v[2] / v[3]};
    }

    /** Sobol's G function: the product of (|4 u_i - 2| + a_i) / (1 + a_i). */
    static double g(double[] u) {
        double product = 1;
        for (int i = 0; i < u.length; i++) {
            product *= (Math.abs(4 * u[i] - 2) + G_A[i]) / (1 + G_A[i]);
        }
        return product;
    }

    /** V_i = 1 / (3 (1 + a_i)²); V = Π (1 + V_i) - 1; S_i = V_i / V. */
    static double[] gFirstOrder() {
        double[] vi = gPartialVariances();
        double v = gVariance(vi);
        double[] s = new double[vi.length];
        for (int i = 0; i < vi.length; i++) {
            s[i] = vi[i] / v;
        }
        return s;
    }

    /** ST_i = V_i Π_{j≠i} (1 + V_j) / V. */
    static double[] gTotalOrder() {
        double[] vi = gPartialVariances();
        double v = gVariance(vi);
        double[] st = new double[vi.length];
        for (int i = 0; i < vi.length; i++) {
            double product = vi[i];
            for (int j = 0; j < vi.length; j++) {
                if (j != i) {
                    product *= 1 + vi[j];
                }
            }
            st[i] = product / v;
        }
        return st;
    }

    private static double[] gPartialVariances() {
        double[] vi = new double[G_A.length];
        for (int i = 0; i < vi.length; i++) {
            vi[i] = 1 / (3 * (1 + G_A[i]) * (1 + G_A[i]));
        }
        return vi;
    }

    private static double gVariance(double[] vi) {
        double product = 1;
        for (double v : vi) {
            product *= 1 + v;
        }
        return product - 1;
    }
}
