/**
 * The host permission asked for a Dataset URL: its scheme and host. Match patterns carry no port (Firefox refuses
 * one), so a loopback server on any port is one grant.
 */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
