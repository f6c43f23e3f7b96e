/**
 * A reader that stops early (`cli ask --jsonl … | head`) closes the pipe, and the next write fails with
 * EPIPE, which node raises as an unhandled 'error' event: a stack trace for what is the reader's ordinary
 * way of saying "enough". The CLI then stops quietly, as Unix tools do; any other error of the stream is
 * thrown as before. (The console chat ends its conversation itself on EPIPE: `runChat`. Not the bot: a
 * bot whose log reader went away is for its process manager to see.)
 */
export function stopWhenReaderCloses(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
