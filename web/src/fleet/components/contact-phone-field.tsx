import { Form, Input } from 'antd';
import { fleetText as text } from '../messages';

/** The telephone forms the API accepts for a booking's contact. */
const PHONE = /^[0-9+#()\- ]{6,30}$/;

/** The booking's contact telephone, checked as the API checks it. */
export function ContactPhoneField({ label }: { label: string }) {
  return (
    <Form.Item
      label={label}
      name="contactPhone"
      rules={[
        { required: true, message: text.contactPhoneRequired },
        { pattern: PHONE, message: text.contactPhoneInvalid },
      ]}
    >
      <Input inputMode="tel" autoComplete="tel" />
    </Form.Item>
  );
}
