import { useSearchParams } from 'react-router';

/**
 * Filters kept in the URL's query string, so a filtered view can be bookmarked and shared: the current values, and a
 * setter that changes some (an empty value removes the parameter) without adding a history entry per keystroke.
 */
export function useUrlFilters<K extends string>(): { params: URLSearchParams; set: (changes: Partial<Record<K, string | undefined>>) => void } {
  const [params, setParams] = useSearchParams();
  const set = (changes: Partial<Record<K, string | undefined>>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes) as [string, string | undefined][]) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return { params, set };
}
