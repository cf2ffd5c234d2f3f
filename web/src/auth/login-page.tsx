import { Alert, Button, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import type { Schemas } from '../common/api/client';
import { errorText } from '../common/errors/error-text';
import { safeReturnPath } from '../common/routing/return-path';
import { useSignIn } from '../common/session/session';
import { authMessages as text } from './messages';

/** Sign-in: the service sets the session cookie; afterwards the user goes back where they were. */
export default function LoginPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const onFinish = (credentials: Schemas['LoginDto']) =>
    signIn.mutate(credentials, {
      onSuccess: () => void navigate(safeReturnPath(search.get('from')), { replace: true }),
    });
  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 16, background: '#f0f2f5' }}>
      {/* A plain panel rather than antd's Card, which alone would cost ~20 KB of the initial bundle. */}
      <section
        style={{
          width: '100%',
          maxWidth: 380,
          boxSizing: 'border-box',
          padding: 24,
          background: '#fff',
          borderRadius: 8,
          border: '1px solid #f0f0f0',
        }}
      >
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {text.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{text.subtitle}</Typography.Paragraph>
        {search.get('expired') && !signIn.isError && (
          <Alert type="warning" showIcon title={text.expired} style={{ marginBottom: 16 }} />
        )}
        {signIn.isError && (
          <Alert type="error" showIcon role="alert" title={errorText(signIn.error)} style={{ marginBottom: 16 }} />
        )}
        <Form layout="vertical" onFinish={onFinish} requiredMark={false} disabled={signIn.isPending}>
          <Form.Item label={text.username} name="username" rules={[{ required: true, message: text.usernameRequired }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={text.password} name="password" rules={[{ required: true, message: text.passwordRequired }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            {text.submit}
          </Button>
        </Form>
      </section>
    </main>
  );
}
