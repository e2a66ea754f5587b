import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc-contract';
import { useServices } from '../../app-services';

export function useAppInfo(): AppInfo | null {
  const { bridge } = useServices();
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let current = true;
    void bridge.getAppInfo().then((info) => {
      if (current) setAppInfo(info);
    });
    return () => {
      current = false;
    };
  }, [bridge]);
  return appInfo;
}
