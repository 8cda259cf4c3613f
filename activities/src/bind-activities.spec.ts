import { bindActivities } from './bind-activities';

class Greeter {
  constructor(private readonly name: string) {}
  async greet(): Promise<string> {
    return `xin chào ${this.name}`;
  }
}
class OtherGreeter {
  async greet(): Promise<string> {
    return 'hello';
  }
}

describe('bindActivities', () => {
  it('exposes each method bound to its instance', async () => {
    const { greet } = bindActivities(new Greeter('Lan'));
    await expect((greet as () => Promise<string>)()).resolves.toBe('xin chào Lan');
  });

  it('refuses two activities with the same name', () => {
    expect(() => bindActivities(new Greeter('Lan'), new OtherGreeter())).toThrow("activity 'greet' is defined twice");
  });
});
