package dev.league.matchmaking.rating;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The TrueSkill factor graph and its message schedule (Herbrich et al. 2006, Figure 1; schedule of
 * sublee/trueskill). Gaussians are kept in natural parameters: precision pi = 1/sigma^2 and
 * precision-adjusted mean tau = mu/sigma^2, so that multiplying messages adds them.
 *
 * <pre>
 * rating[n]   --Prior(mu, sqrt(sigma^2 + tau^2))
 * rating[n]   --Likelihood(beta^2)-- perf[n]
 * perf[team]  --Sum(+1 ...)-------- teamPerf[t]                  (teams sorted by rank)
 * teamPerf[t], teamPerf[t+1] --Sum(+1, -1)-- teamDiff[t]          t in 0..T-2
 * teamDiff[t] --Truncate(win: V, W | draw: V_draw, W_draw; epsilon for n_t + n_{t+1} players)
 * </pre>
 */
final class TrueSkillGraph {

    private static final int MAX_ITERATIONS = 10;

    private TrueSkillGraph() {}

    static TrueSkillRating[][] rate(TrueSkill env, TrueSkillRating[][] teams, int[] ranks) {
        int teamCount = teams.length;
        Integer[] order = IntStream.range(0, teamCount).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(team -> ranks[team])); // stable: ties keep their order

        // variables
        Variable[][] ratingVars = new Variable[teamCount][];
        Variable[][] perfVars = new Variable[teamCount][];
        Variable[] teamPerfVars = new Variable[teamCount];
        Variable[] teamDiffVars = new Variable[teamCount - 1];
        for (int t = 0; t < teamCount; t++) {
            int size = teams[order[t]].length;
            ratingVars[t] = new Variable[size];
            perfVars[t] = new Variable[size];
            for (int p = 0; p < size; p++) {
                ratingVars[t][p] = new Variable();
                perfVars[t][p] = new Variable();
            }
            teamPerfVars[t] = new Variable();
        }
        for (int t = 0; t < teamCount - 1; t++) {
            teamDiffVars[t] = new Variable();
        }

        // factors, layer by layer
        Prior[][] priors = new Prior[teamCount][];
        Likelihood[][] likelihoods = new Likelihood[teamCount][];
        Sum[] teamPerfs = new Sum[teamCount];
        for (int t = 0; t < teamCount; t++) {
            TrueSkillRating[] team = teams[order[t]];
            priors[t] = new Prior[team.length];
            likelihoods[t] = new Likelihood[team.length];
            double[] ones = new double[team.length];
            Arrays.fill(ones, 1.0);
            for (int p = 0; p < team.length; p++) {
                priors[t][p] = new Prior(ratingVars[t][p], team[p].mean(), team[p].deviation(), env.tau());
                likelihoods[t][p] = new Likelihood(ratingVars[t][p], perfVars[t][p], env.beta() * env.beta());
            }
            teamPerfs[t] = new Sum(teamPerfVars[t], perfVars[t], ones);
        }
        Sum[] teamDiffs = new Sum[teamCount - 1];
        Truncate[] truncations = new Truncate[teamCount - 1];
        for (int t = 0; t < teamCount - 1; t++) {
            teamDiffs[t] = new Sum(teamDiffVars[t], new Variable[] {teamPerfVars[t], teamPerfVars[t + 1]},
                    new double[] {1, -1});
            int players = teams[order[t]].length + teams[order[t + 1]].length;
            boolean draw = ranks[order[t]] == ranks[order[t + 1]];
            truncations[t] = new Truncate(teamDiffVars[t], draw, env.drawMargin(players));
        }

        // schedule: down the prior, performance and team-performance layers
        for (Prior[] layer : priors) {
            for (Prior prior : layer) {
                prior.down();
            }
        }
        for (Likelihood[] layer : likelihoods) {
            for (Likelihood likelihood : layer) {
                likelihood.down();
            }
        }
        for (Sum teamPerf : teamPerfs) {
            teamPerf.down();
        }
        // iterate over the team differences
        int diffs = teamDiffs.length;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double delta;
            if (diffs == 1) {
                teamDiffs[0].down();
                delta = truncations[0].up();
            } else {
                delta = 0;
                for (int x = 0; x < diffs - 1; x++) {
                    teamDiffs[x].down();
                    delta = Math.max(delta, truncations[x].up());
                    teamDiffs[x].up(1);
                }
                for (int x = diffs - 1; x > 0; x--) {
                    teamDiffs[x].down();
                    delta = Math.max(delta, truncations[x].up());
                    teamDiffs[x].up(0);
                }
            }
            if (delta <= TrueSkill.MIN_DELTA) {
                break;
            }
        }
        // up both ends, then the rest of the way up
        teamDiffs[0].up(0);
        teamDiffs[diffs - 1].up(1);
        for (Sum teamPerf : teamPerfs) {
            for (int term = 0; term < teamPerf.terms.length; term++) {
                teamPerf.up(term);
            }
        }
        for (Likelihood[] layer : likelihoods) {
            for (Likelihood likelihood : layer) {
                likelihood.up();
            }
        }

        TrueSkillRating[][] rated = new TrueSkillRating[teamCount][];
        for (int t = 0; t < teamCount; t++) {
            TrueSkillRating[] team = new TrueSkillRating[ratingVars[t].length];
            for (int p = 0; p < team.length; p++) {
                Variable variable = ratingVars[t][p];
                team[p] = new TrueSkillRating(variable.mu(), variable.sigma());
            }
            rated[order[t]] = team;
        }
        return rated;
    }

    /**
     * Match quality sqrt(det(beta^2 A'A) / det(beta^2 A'A + A'SA)) exp(-1/2 mu'A (beta^2 A'A + A'SA)^-1 A'mu),
     * A [n, T-1] the team comparison matrix, S = diag(sigma^2) (Herbrich et al. 2006; sublee/trueskill).
     */
    static double quality(TrueSkill env, TrueSkillRating[][] teams) {
        int players = 0;
        for (TrueSkillRating[] team : teams) {
            players += team.length;
        }
        int comparisons = teams.length - 1;
        double[] mean = new double[players];
        double[] variance = new double[players];
        double[][] a = new double[players][comparisons]; // A [n, T-1]
        int offset = 0;
        for (int t = 0; t < teams.length; t++) {
            for (TrueSkillRating rating : teams[t]) {
                mean[offset] = rating.mean();
                variance[offset] = rating.deviation() * rating.deviation();
                if (t < comparisons) {
                    a[offset][t] = 1;
                }
                if (t > 0) {
                    a[offset][t - 1] = -1;
                }
                offset++;
            }
        }
        double beta2 = env.beta() * env.beta();
        double[][] ata = new double[comparisons][comparisons];
        double[][] middle = new double[comparisons][comparisons];
        double[] atMean = new double[comparisons];
        for (int i = 0; i < comparisons; i++) {
            for (int n = 0; n < players; n++) {
                atMean[i] += a[n][i] * mean[n];
            }
            for (int j = 0; j < comparisons; j++) {
                double plain = 0;
                double weighted = 0;
                for (int n = 0; n < players; n++) {
                    plain += a[n][i] * a[n][j];
                    weighted += a[n][i] * variance[n] * a[n][j];
                }
                ata[i][j] = beta2 * plain;
                middle[i][j] = beta2 * plain + weighted;
            }
        }
        double[] solved = solve(middle, atMean);
        double exponent = 0;
        for (int i = 0; i < comparisons; i++) {
            exponent += atMean[i] * solved[i];
        }
        return Math.exp(-0.5 * exponent) * Math.sqrt(determinant(ata) / determinant(middle));
    }

    /** Determinant by Gaussian elimination with partial pivoting; the input is not modified. */
    static double determinant(double[][] matrix) {
        int n = matrix.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = matrix[i].clone();
        }
        double determinant = 1;
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int row = column + 1; row < n; row++) {
                if (Math.abs(m[row][column]) > Math.abs(m[pivot][column])) {
                    pivot = row;
                }
            }
            if (m[pivot][column] == 0) {
                return 0;
            }
            if (pivot != column) {
                double[] swap = m[pivot];
                m[pivot] = m[column];
                m[column] = swap;
                determinant = -determinant;
            }
            determinant *= m[column][column];
            for (int row = column + 1; row < n; row++) {
                double factor = m[row][column] / m[column][column];
                for (int k = column; k < n; k++) {
                    m[row][k] -= factor * m[column][k];
                }
            }
        }
        return determinant;
    }

    /** Solves matrix x = rhs for a symmetric positive definite matrix; inputs are not modified. */
    static double[] solve(double[][] matrix, double[] rhs) {
        int n = rhs.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(matrix[i], n + 1);
            m[i][n] = rhs[i];
        }
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int row = column + 1; row < n; row++) {
                if (Math.abs(m[row][column]) > Math.abs(m[pivot][column])) {
                    pivot = row;
                }
            }
            double[] swap = m[pivot];
            m[pivot] = m[column];
            m[column] = swap;
            for (int row = column + 1; row < n; row++) {
                double factor = m[row][column] / m[column][column];
                for (int k = column; k <= n; k++) {
                    m[row][k] -= factor * m[column][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= m[row][k] * x[k];
            }
            x[row] = sum / m[row][row];
        }
        return x;
    }

    // ---- nodes ------------------------------------------------------------------------------------

    /** A variable: its marginal and the last message from each connected factor, by slot. */
    static final class Variable {
        double pi;
        double tau;
        private final double[] messagePi = new double[3];
        private final double[] messageTau = new double[3];
        private int slots;

        int connect() {
            return slots++;
        }

        double mu() {
            return pi == 0 ? 0 : tau / pi;
        }

        double sigma() {
            return Math.sqrt(1 / pi);
        }

        /** Marginal divided by the message of slot: pi. */
        double cavityPi(int slot) {
            return pi - messagePi[slot];
        }

        double cavityTau(int slot) {
            return tau - messageTau[slot];
        }

        private double set(double newPi, double newTau) {
            double piDelta = Math.abs(pi - newPi);
            double delta = piDelta == Double.POSITIVE_INFINITY ? 0 : Math.max(Math.abs(tau - newTau), Math.sqrt(piDelta));
            pi = newPi;
            tau = newTau;
            return delta;
        }

        /** Replaces the message of slot; the marginal changes by the ratio of new to old. */
        double updateMessage(int slot, double newPi, double newTau) {
            double oldPi = messagePi[slot];
            double oldTau = messageTau[slot];
            messagePi[slot] = newPi;
            messageTau[slot] = newTau;
            return set(pi - oldPi + newPi, tau - oldTau + newTau);
        }

        /** Sets the marginal; the message of slot becomes whatever makes it so. */
        double updateValue(int slot, double valuePi, double valueTau) {
            messagePi[slot] = valuePi + messagePi[slot] - pi;
            messageTau[slot] = valueTau + messageTau[slot] - tau;
            return set(valuePi, valueTau);
        }
    }

    /** N(mu, sigma^2 + dynamic^2) on a rating variable. */
    private static final class Prior {
        private final Variable variable;
        private final int slot;
        private final double mu;
        private final double variance;

        Prior(Variable variable, double mu, double sigma, double dynamic) {
            this.variable = variable;
            this.slot = variable.connect();
            this.mu = mu;
            this.variance = sigma * sigma + dynamic * dynamic;
        }

        void down() {
            variable.updateValue(slot, 1 / variance, mu / variance);
        }
    }

    /** perf ~ N(rating, beta^2). */
    private static final class Likelihood {
        private final Variable mean;
        private final Variable value;
        private final int meanSlot;
        private final int valueSlot;
        private final double variance;

        Likelihood(Variable mean, Variable value, double variance) {
            this.mean = mean;
            this.value = value;
            this.meanSlot = mean.connect();
            this.valueSlot = value.connect();
            this.variance = variance;
        }

        void down() {
            double pi = mean.cavityPi(meanSlot);
            double tau = mean.cavityTau(meanSlot);
            double a = 1 / (1 + variance * pi);
            value.updateMessage(valueSlot, a * pi, a * tau);
        }

        void up() {
            double pi = value.cavityPi(valueSlot);
            double tau = value.cavityTau(valueSlot);
            double a = 1 / (1 + variance * pi);
            mean.updateMessage(meanSlot, a * pi, a * tau);
        }
    }

    /** sum = sum_i coeffs[i] * terms[i]. */
    private static final class Sum {
        private final Variable sum;
        private final Variable[] terms;
        private final double[] coeffs;
        private final int sumSlot;
        private final int[] termSlots;

        Sum(Variable sum, Variable[] terms, double[] coeffs) {
            this.sum = sum;
            this.terms = terms;
            this.coeffs = coeffs;
            this.sumSlot = sum.connect();
            this.termSlots = new int[terms.length];
            for (int i = 0; i < terms.length; i++) {
                termSlots[i] = terms[i].connect();
            }
        }

        void down() {
            update(sum, sumSlot, terms, termSlots, coeffs);
        }

        /** Message to terms[index]: terms[index] = sum / c_index - sum_{i != index} c_i / c_index terms[i]. */
        void up(int index) {
            double coeff = coeffs[index];
            double[] newCoeffs = new double[coeffs.length];
            Variable[] values = terms.clone();
            int[] slots = termSlots.clone();
            for (int i = 0; i < coeffs.length; i++) {
                newCoeffs[i] = i == index ? 1 / coeff : -coeffs[i] / coeff;
            }
            values[index] = sum;
            slots[index] = sumSlot;
            update(terms[index], termSlots[index], values, slots, newCoeffs);
        }

        private static double update(Variable target, int targetSlot, Variable[] values, int[] slots, double[] coeffs) {
            double piInverse = 0;
            double mu = 0;
            for (int i = 0; i < values.length; i++) {
                double pi = values[i].cavityPi(slots[i]);
                double tau = values[i].cavityTau(slots[i]);
                mu += coeffs[i] * (pi == 0 ? 0 : tau / pi);
                if (piInverse != Double.POSITIVE_INFINITY) {
                    piInverse = pi == 0 ? Double.POSITIVE_INFINITY : piInverse + coeffs[i] * coeffs[i] / pi;
                }
            }
            double pi = 1 / piInverse;
            return target.updateMessage(targetSlot, pi, pi * mu);
        }
    }

    /** The observed order of two adjacent teams: diff > epsilon (win) or |diff| <= epsilon (draw). */
    private static final class Truncate {
        private final Variable variable;
        private final int slot;
        private final boolean draw;
        private final double drawMargin;

        Truncate(Variable variable, boolean draw, double drawMargin) {
            this.variable = variable;
            this.slot = variable.connect();
            this.draw = draw;
            this.drawMargin = drawMargin;
        }

        double up() {
            double pi = variable.cavityPi(slot);
            double tau = variable.cavityTau(slot);
            double sqrtPi = Math.sqrt(pi);
            double diff = tau / sqrtPi;
            double margin = drawMargin * sqrtPi;
            double v = draw ? vDraw(diff, margin) : vWin(diff, margin);
            double w = draw ? wDraw(diff, margin) : wWin(diff, margin);
            w = Math.min(w, 1 - 1e-12); // an extreme upset: keep the precision finite
            double denominator = 1 - w;
            return variable.updateValue(slot, pi / denominator, (tau + sqrtPi * v) / denominator);
        }
    }

    // ---- the truncated-Gaussian corrections (Herbrich et al. 2006, Table 1) ------------------------

    static double vWin(double diff, double margin) {
        double x = diff - margin;
        double denominator = Normal.cdf(x);
        return denominator > 0 ? Normal.pdf(x) / denominator : -x;
    }

    static double wWin(double diff, double margin) {
        double x = diff - margin;
        double v = vWin(diff, margin);
        return v * (v + x);
    }

    static double vDraw(double diff, double margin) {
        double absDiff = Math.abs(diff);
        double a = margin - absDiff;
        double b = -margin - absDiff;
        double denominator = Normal.cdf(a) - Normal.cdf(b);
        double numerator = Normal.pdf(b) - Normal.pdf(a);
        return (denominator > 0 ? numerator / denominator : a) * (diff < 0 ? -1 : 1);
    }

    static double wDraw(double diff, double margin) {
        double absDiff = Math.abs(diff);
        double a = margin - absDiff;
        double b = -margin - absDiff;
        double denominator = Normal.cdf(a) - Normal.cdf(b);
        if (!(denominator > 0)) {
            return 1;
        }
        double v = vDraw(absDiff, margin);
        return v * v + (a * Normal.pdf(a) - b * Normal.pdf(b)) / denominator;
    }
}
