/**
 * Area under the ROC curve by ranks (the Mann-Whitney U statistic): the probability that a
 * random positive scores above a random negative, ties counting one half. Tied scores share
 * their average rank. Null when either class is missing (the AUC is undefined then).
 */
export function rocAuc(scores: readonly number[], labels: readonly (0 | 1)[]): number | null {
  if (scores.length !== labels.length) throw new Error('rocAuc: scores and labels differ in length');
  const order = scores.map((s, i) => ({ s, y: labels[i] ?? 0 })).sort((a, b) => a.s - b.s);
  let positives = 0;
  let positiveRankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.s === order[i]?.s) j++;
    const averageRank = (i + j) / 2 + 1; // ranks are 1-based
    for (let k = i; k <= j; k++) {
      if (order[k]?.y === 1) {
        positives++;
        positiveRankSum += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
