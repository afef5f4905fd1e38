/**
 * Ablation over a library of cases: which cells each mechanism changes when it is switched off, alone and in pairs.
 *
 * <p>{@link org.mandate.core.ablation.Ablation} runs every case with all mechanisms on, with each one switched
 * off, and with each pair switched off (1 + 15 + 105 runs a case), and collects an
 * {@link org.mandate.core.ablation.AblationReport}: per mechanism and per pair, the cells whose decided or
 * implemented level changes; per pair, also the cells that change only when both are off (a level two mechanisms
 * each hold down alone). The report prints as a table, a JSON tree and CSV files.
 */
package org.mandate.core.ablation;
