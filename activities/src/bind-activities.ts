/**
 * Turns activity class instances into the plain object of functions the Temporal worker registers, bound to their
 * instance. Names collide loudly instead of one class silently shadowing another.
 */
export function bindActivities(...instances: object[]): Record<string, (...args: never[]) => Promise<unknown>> {
  const bound: Record<string, (...args: never[]) => Promise<unknown>> = {};
  for (const instance of instances) {
    const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const fn = proto[name];
      if (name === 'constructor' || typeof fn !== 'function') continue;
      if (bound[name]) throw new Error(`activity '${name}' is defined twice`);
      bound[name] = (fn as (...args: never[]) => Promise<unknown>).bind(instance);
    }
  }
  return bound;
}
