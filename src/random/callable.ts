// NumPy's classes are called like functions (np.random.RandomState(0), np.random.PCG64(1)): a
// class whose call without `new` constructs, so both spellings work; instanceof is unchanged.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctor = abstract new (...args: any[]) => any;
export type Callable<C extends Ctor> = C & ((...args: ConstructorParameters<C>) => InstanceType<C>);

export function callable<C extends Ctor>(cls: C): Callable<C> {
  return new Proxy(cls, {
    apply: (target, _self, args) => Reflect.construct(target as unknown as new (...a: unknown[]) => unknown, args),
  }) as Callable<C>;
}
