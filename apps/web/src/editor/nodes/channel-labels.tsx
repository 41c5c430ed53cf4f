import { createContext, useContext } from 'react';

/** Channel type → label ("sms" → "SMS"), for node cards; unknown types show as written. */
export const ChannelLabelsContext = createContext<ReadonlyMap<string, string>>(new Map());

export function useChannelLabel(): (type: string) => string {
  const labels = useContext(ChannelLabelsContext);
  return (type) => labels.get(type) ?? type;
}
