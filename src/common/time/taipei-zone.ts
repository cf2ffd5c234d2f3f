/** IANA zone of every wall-clock time the service shows or counts in. */
export const TAIPEI_ZONE = 'Asia/Taipei';
