/** Where to send the user after signing in: a path of this app only, never another site. */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : '/';
}

export function loginPath(from: string, expired: boolean): string {
  const query = new URLSearchParams({ from });
  if (expired) query.set('expired', '1');
  return `/login?${query.toString()}`;
}
