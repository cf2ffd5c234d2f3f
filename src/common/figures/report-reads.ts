/**
 * The reads the sections of one report share: the first section to ask reads, the others get the
 * same answer. A report then names a center alike in every section, and reads the centers once.
 */
export class ReportReads {
  private readonly answers = new Map<string, Promise<unknown>>();

  once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let answer = this.answers.get(key) as Promise<T> | undefined;
    if (!answer) {
      answer = read();
      this.answers.set(key, answer);
    }
    return answer;
  }
}
