/**
 * A text progress bar for long commands, written to stderr so stdout stays the command's result.
 * On a terminal it redraws one line (`\r`); into a file or pipe it writes a line per tenth, so
 * a log shows progress without thousands of lines. Returns the progress callback and `done`,
 * which ends the bar's line.
 */
export function createProgressBar(write: (text: string) => void, options: { terminal: boolean; width?: number }) {
  const width = options.width ?? 30;
  let lastShown = -1;
  let drawn = false;
  return {
    update(processed: number, total: number) {
      const fraction = total > 0 ? Math.min(1, processed / total) : 1;
      const percent = Math.floor(fraction * 100);
      const step = options.terminal ? percent : Math.floor(percent / 10) * 10;
      if (step === lastShown) return;
      lastShown = step;
      const filled = Math.round(fraction * width);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${processed}/${total}`;
      drawn = true;
      write(options.terminal ? `\r${bar}` : `${bar}\n`);
    },
    done() {
      if (drawn && options.terminal) write('\n');
    },
  };
}
