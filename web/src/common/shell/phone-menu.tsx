import { Drawer } from 'antd';
import type { ReactNode } from 'react';

/** The navigation in a drawer on phones; a module of its own so desktops never download the drawer. */
export default function PhoneMenu({
  title,
  open,
  onClose,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Drawer title={title} placement="left" open={open} onClose={onClose} size={260}>
      {children}
    </Drawer>
  );
}
