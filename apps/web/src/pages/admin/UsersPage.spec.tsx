import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { buttonNamed, meWith, mockApi, renderPage } from './admin-test-kit';
import { UsersPage } from './UsersPage';


const USERS = [
  {
    id: 'u1',
    username: 'canbo',
    fullName: 'Lê Minh Tuấn',
    email: 'canbo@congdoan.example',
    active: true,
    roles: [{ role: 'officer', title: 'Chuyên viên Ban Tổ chức', orgUnitId: 'cdvc', orgUnitCode: 'CĐVC', orgUnitName: 'Công đoàn Viên chức tỉnh Gia Lai', validFrom: '2025-01-01', validTo: null }],
  },
  { id: 'u2', username: 'chutich', fullName: 'Nguyễn Văn Hùng', email: null, active: true, roles: [] },
];

const itemOf = (input: HTMLElement) => input.closest('.ant-form-item') as HTMLElement;

describe('UsersPage', () => {
  it('lists the users with their roles in units', async () => {
    mockApi({ '/api/me': { body: meWith(['admin']) }, '/api/users': { body: { items: USERS } } });
    renderPage(<UsersPage />, '/admin/users');
    expect(await screen.findByText('Lê Minh Tuấn')).toBeInTheDocument();
    expect(screen.getAllByText('✓ Đang hoạt động')).toHaveLength(2);
    expect(screen.getByText('Chuyên viên Ban Tổ chức · CĐVC')).toBeInTheDocument();
    expect(screen.getByText('Chưa có vai trò')).toBeInTheDocument();
  });

  it('shows a taken username (409) under the username, keeping what was typed', async () => {
    let posted: unknown;
    mockApi({
      '/api/me': { body: meWith(['admin']) },
      '/api/users': (_url, init) => {
        if (init?.method !== 'POST') return { body: { items: USERS } };
        posted = JSON.parse(String(init.body));
        return { status: 409, body: { statusCode: 409, error: 'USERNAME_TAKEN', message: "Tên đăng nhập 'canbo' đã tồn tại", messageEn: "Username 'canbo' already exists" } };
      },
    });
    renderPage(<UsersPage />, '/admin/users');
    await screen.findByText('Lê Minh Tuấn');
    fireEvent.click(buttonNamed('Thêm người dùng'));
    const dialog = (await screen.findByText('Thêm người dùng', { selector: '.ant-modal-title' })).closest('.ant-modal') as HTMLElement;
    const username = within(dialog).getByLabelText('Tên đăng nhập');
    fireEvent.change(username, { target: { value: 'canbo' } });
    fireEvent.change(within(dialog).getByLabelText('Họ và tên'), { target: { value: 'Lê Minh Tuấn' } });
    fireEvent.change(within(dialog).getByLabelText('Mật khẩu ban đầu'), { target: { value: 'matkhau123' } });
    fireEvent.click(buttonNamed('Tạo người dùng', dialog));

    await waitFor(() => expect(itemOf(username)).toHaveTextContent("Tên đăng nhập 'canbo' đã tồn tại"));
    expect(posted).toEqual({ username: 'canbo', fullName: 'Lê Minh Tuấn', password: 'matkhau123' });
    expect(username).toHaveValue('canbo');
    expect(within(dialog).getByLabelText('Họ và tên')).toHaveValue('Lê Minh Tuấn');
    expect(dialog.querySelector('[role=alert]')).toBeNull();
  });

  it('puts a 400 of the server under the field it names', async () => {
    mockApi({
      '/api/me': { body: meWith(['admin']) },
      '/api/users': (_url, init) =>
        init?.method === 'POST'
          ? { status: 400, body: { statusCode: 400, error: 'VALIDATION_FAILED', message: "Trường 'email' phải là địa chỉ email hợp lệ", details: [{ field: 'email', rule: 'isEmail', message: "Trường 'email' phải là địa chỉ email hợp lệ", messageEn: 'email must be an email' }] } }
          : { body: { items: USERS } },
    });
    renderPage(<UsersPage />, '/admin/users');
    await screen.findByText('Lê Minh Tuấn');
    fireEvent.click(buttonNamed('Thêm người dùng'));
    const dialog = (await screen.findByText('Thêm người dùng', { selector: '.ant-modal-title' })).closest('.ant-modal') as HTMLElement;
    fireEvent.change(within(dialog).getByLabelText('Tên đăng nhập'), { target: { value: 'nguyenvana' } });
    fireEvent.change(within(dialog).getByLabelText('Họ và tên'), { target: { value: 'Nguyễn Văn A' } });
    fireEvent.change(within(dialog).getByLabelText('Email (để nhận thông báo)'), { target: { value: 'a@b.vn' } });
    fireEvent.change(within(dialog).getByLabelText('Mật khẩu ban đầu'), { target: { value: 'matkhau123' } });
    fireEvent.click(buttonNamed('Tạo người dùng', dialog));
    await waitFor(() => expect(itemOf(within(dialog).getByLabelText('Email (để nhận thông báo)'))).toHaveTextContent("Trường 'email' phải là địa chỉ email hợp lệ"));
  });
});
