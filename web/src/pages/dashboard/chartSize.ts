/** The trend charts' canvas height: three side by side stay above the fold at 1440 × 900. */
export const CHART_HEIGHT = 220
