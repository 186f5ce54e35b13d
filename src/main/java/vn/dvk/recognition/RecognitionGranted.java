package vn.dvk.recognition;

import vn.dvk.units.Level;

/**
 * A round's decision recognized a model at its level: what shows recognized models elsewhere (the
 * public showcase, reports) may show it now. Published in the decision's transaction.
 */
public record RecognitionGranted(
    long modelId, long recognitionId, String unitCode, Level level, int year) {}
