import { message } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { createContext, useContext, type ReactNode } from 'react';

const PageMessageContext = createContext<MessageInstance | null>(null);

/**
 * Short page messages (a toast) that follow the app's theme and locale. Only the message API, not
 * antd's <App>, which would also put the modal and notification code into the first download.
 */
export function PageMessageProvider({ children }: { children: ReactNode }) {
  const [api, holder] = message.useMessage();
  return (
    <PageMessageContext value={api}>
      {holder}
      {children}
    </PageMessageContext>
  );
}

export function usePageMessage(): MessageInstance {
  const api = useContext(PageMessageContext);
  if (!api) throw new Error('usePageMessage needs a PageMessageProvider above it');
  return api;
}
