// Session 14: several models fitted on the same rows with different seeds, scored as one (the
// mean of their probabilities per output): the seeds agree on the ranking, less on its top.

/** The mean, output by output, of `models`' probabilities for a row (one model: its own). */
export function average<T>(models: Array<(row: T) => ArrayLike<number>>, outputs: number): (row: T) => Float64Array {
  if (!models.length) throw new Error('average of no models');
  return (row) => {
    const sum = new Float64Array(outputs);
    for (const m of models) {
      const q = m(row);
      for (let o = 0; o < outputs; o++) sum[o] = sum[o]! + q[o]! / models.length;
    }
    return sum;
  };
}
