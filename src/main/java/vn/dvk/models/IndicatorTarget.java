package vn.dvk.models;

import java.math.BigDecimal;

/** An indicator the model will be judged by: where it starts and what it aims at. */
public record IndicatorTarget(String indicatorCode, BigDecimal baseline, BigDecimal target) {}
