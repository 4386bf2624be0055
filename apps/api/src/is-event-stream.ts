/** True for `text/event-stream` responses, whose body outlives the handler that returned them. */
export function isEventStream(res: Response): boolean {
  return res.headers.get('content-type')?.startsWith('text/event-stream') ?? false;
}
