import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { MemoryRouter, Route, Routes } from 'react-router';
import '../../i18n';
import { DossierUploadStep } from './DossierUploadStep';
import { type Answer, type Call, FOUNDING, mockApi } from './start-test-kit';


const CASE_ID = '5d7c2b9e-1f3a-4c6d-8e9f-0a1b2c3d4e5f';

function renderStep() {
  localStorage.setItem('congdoan.token', 'test-token');
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <MemoryRouter initialEntries={['/start/thanh-lap-cdcs']}>
          <Routes>
            <Route path="/start/:procedureCode" element={<DossierUploadStep caseId={CASE_ID} caseCode="TL-2026-0001" dossier={FOUNDING.dossier} onAnother={() => undefined} />} />
            <Route path="/cases/:id" element={<p>Trang hồ sơ</p>} />
          </Routes>
        </MemoryRouter>
      </AntApp>
    </ConfigProvider>,
  );
}

/** The file input behind an item's "Chọn tệp" button. */
const fileInputOf = (itemName: string) => screen.getByLabelText(`Chọn tệp: ${itemName}`).closest('.ant-upload')!.querySelector('input[type="file"]') as HTMLInputElement;
const pdf = (name: string) => new File(['%PDF-1.7 test'], name, { type: 'application/pdf' });
const uploads = (calls: Call[]) => calls.filter((c) => c.method === 'POST' && c.path === `/cases/${CASE_ID}/attachments`);
const fileLine = async (name: string) => (await screen.findByText(name, { exact: false, selector: 'li' })) as HTMLElement;

describe('attaching dossier files after the case is opened', () => {
  afterEach(() => localStorage.clear());

  it('sends each file with its checklist item and says per file whether it was attached or why not', async () => {
    const user = userEvent.setup({ delay: null });
    const refused = "Tệp 'anh.pdf' không thuộc định dạng được chấp nhận: PDF, PNG, JPEG, TIFF, DOCX (định dạng được xác định theo nội dung tệp, không theo tên tệp)";
    const answers: Answer[] = [
      { status: 201, body: { id: 'a1' } },
      { status: 415, body: { statusCode: 415, error: 'UNSUPPORTED_MEDIA_TYPE', message: refused } },
      { status: 413 }, // a proxy's refusal, without the API's body
    ];
    const calls = mockApi((call) => (call.path.endsWith('/attachments') ? answers.shift() : undefined));
    renderStep();

    await user.upload(fileInputOf('Tờ trình đề nghị công nhận đoàn viên, CĐCS và Ban Chấp hành'), pdf('to-trinh.pdf'));
    expect(await fileLine('to-trinh.pdf')).toHaveTextContent('Đã nộp');
    expect(screen.getByText('Đã có tệp cho 1/2 thành phần bắt buộc.')).toBeInTheDocument();

    await user.upload(fileInputOf('Biên bản đại hội thành lập công đoàn cơ sở'), pdf('anh.pdf'));
    const refusedLine = await fileLine('anh.pdf');
    expect(await within(refusedLine).findByText(refused)).toBeInTheDocument();
    expect(refusedLine).toHaveTextContent('Không nộp được');

    await user.upload(fileInputOf('Báo cáo tình hình sử dụng lao động'), pdf('bao-cao.pdf'));
    expect(await within(await fileLine('bao-cao.pdf')).findByText('Tệp lớn hơn dung lượng cho phép.')).toBeInTheDocument();

    const [first] = uploads(calls);
    const form = first.body as FormData;
    expect(form.get('dossierItem')).toBe('to-trinh');
    expect((form.get('file') as File).name).toBe('to-trinh.pdf');
    expect(first.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('retries a file whose answer was lost with the same Idempotency-Key', async () => {
    const user = userEvent.setup({ delay: null });
    const answers: Answer[] = ['network', { status: 201, body: { id: 'a1' } }];
    const calls = mockApi((call) => (call.path.endsWith('/attachments') ? answers.shift() : undefined));
    renderStep();

    await user.upload(fileInputOf('Tờ trình đề nghị công nhận đoàn viên, CĐCS và Ban Chấp hành'), pdf('to-trinh.pdf'));
    await user.click(await screen.findByLabelText('Thử lại: to-trinh.pdf'));
    expect(await within(await fileLine('to-trinh.pdf')).findByText('Đã nộp')).toBeInTheDocument();
    const [lost, retried] = uploads(calls);
    expect(retried.headers['Idempotency-Key']).toBe(lost.headers['Idempotency-Key']);
  });

  it('opens the case page', async () => {
    const user = userEvent.setup({ delay: null });
    mockApi();
    renderStep();
    await user.click(screen.getByText('Mở hồ sơ TL-2026-0001').closest('button')!);
    expect(await screen.findByText('Trang hồ sơ')).toBeInTheDocument();
  });
});
