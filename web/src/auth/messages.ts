/** zh-TW words of the sign-in page. */
export const authMessages = {
  title: '總務維運服務',
  subtitle: '請以機關帳號登入',
  username: '帳號',
  password: '密碼',
  usernameRequired: '請輸入帳號。',
  passwordRequired: '請輸入密碼。',
  submit: '登入',
  expired: '登入已逾時，請重新登入。',
};
