package dev.league.league.weights;

/** Stored weights whose checksum does not match their bytes. */
public final class CorruptWeightsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CorruptWeightsException(WeightRef ref, String detail) {
        super("weights " + ref + " are corrupted: " + detail);
    }
}
