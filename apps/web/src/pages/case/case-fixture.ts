import type { CaseView, Procedure, Task } from '../../api/types';

/** A founding case at its leader's decision step, as GET /api/cases/:id gives it, for the component tests. */
export const FOUNDING_CASE: CaseView = {
  id: 'c0a8f5e2-0000-4000-8000-000000000001',
  code: 'TL-2026-0007',
  procedureCode: 'thanh-lap-cdcs',
  procedureVersion: 1,
  status: 'open',
  orgUnitId: 'unit-cdvc',
  title: 'Thành lập CĐCS Công ty May Gia Lai',
  receivedAt: '2026-12-01',
  legalDueDate: '2026-12-22',
  createdAt: '2026-12-01T02:00:00.000Z',
  closedAt: null,
  data: { unitName: 'Công ty May Gia Lai', memberCount: 25 },
  steps: [
    {
      taskId: 'task-check',
      key: 'kiem-tra-ho-so',
      name: 'Tiếp nhận, kiểm tra hồ sơ',
      status: 'done',
      assignee: { role: 'officer', orgUnitId: 'unit-cdvc', userId: null },
      dueAt: '2026-12-08',
      deadlineState: 'on_time',
      outcome: 'approve',
      comment: 'Hồ sơ đầy đủ',
      completedAt: '2026-12-04T03:00:00.000Z',
    },
    {
      taskId: 'task-decide',
      key: 'xet-duyet',
      name: 'Xét duyệt, quyết định công nhận',
      status: 'open',
      assignee: { role: 'leader', orgUnitId: 'unit-cdvc', userId: null },
      dueAt: '2026-12-18',
      deadlineState: 'due_soon',
      outcome: null,
      comment: null,
      completedAt: null,
    },
  ],
  clock: {
    taskId: 'task-decide',
    stepKey: 'xet-duyet',
    start: '2026-12-04',
    budget: { amount: 10, unit: 'working_days' },
    pauses: [],
    extensions: [],
    dueAt: '2026-12-18',
    paused: false,
    deadlineState: 'due_soon',
    workingDaysLeft: 2,
    escalationLevel: 0,
  },
  timeline: [],
  documents: [],
  attachments: [],
  dossier: [
    { key: 'to-trinh', name: 'Tờ trình đề nghị công nhận', required: true, attachmentCount: 1 },
    { key: 'bien-ban-dai-hoi', name: 'Biên bản đại hội thành lập', required: true, attachmentCount: 0 },
    { key: 'bao-cao-lao-dong', name: 'Báo cáo tình hình sử dụng lao động', required: false, attachmentCount: 0 },
  ],
};

export const DECISION_TASK: Task = {
  id: 'task-decide',
  caseId: FOUNDING_CASE.id,
  caseCode: FOUNDING_CASE.code,
  procedureCode: 'thanh-lap-cdcs',
  stepKey: 'xet-duyet',
  title: FOUNDING_CASE.title,
  name: 'Xét duyệt, quyết định công nhận',
  kind: 'action',
  dueAt: '2026-12-18',
  deadlineState: 'due_soon',
  workingDaysLeft: 2,
  allowedActions: ['approve', 'reject', 'delegate'],
};

/** The tố cáo catalog entry as GET /api/procedures gives it (the parts the case page reads). */
export const DENUNCIATION_PROCEDURE: Procedure = {
  code: 'to-cao',
  name: 'Giải quyết tố cáo',
  version: 1,
  steps: [
    {
      key: 'xac-minh',
      name: 'Xác minh nội dung tố cáo',
      role: 'ubkt',
      deadline: { amount: 30, unit: 'calendar_days' },
      actions: ['assign', 'approve', 'delegate'],
      leaderActions: ['extend', 'suspend', 'resume', 'withdraw', 'terminate'],
      actionLabels: {
        assign: 'Phân công tổ xác minh',
        approve: 'Trình báo cáo kết quả xác minh',
        delegate: 'Giao cho người khác',
        extend: 'Gia hạn giải quyết (QĐ gia hạn)',
        suspend: 'Tạm đình chỉ (QĐ tạm đình chỉ)',
        resume: 'Tiếp tục giải quyết (QĐ tiếp tục)',
        withdraw: 'Người tố cáo rút tố cáo',
        terminate: 'Đình chỉ giải quyết (QĐ đình chỉ)',
      },
    },
  ],
  grounds: {
    suspension: [{ code: 'doi-ket-qua-giam-dinh', label: 'Cần đợi kết quả giám định bổ sung, giám định lại', cite: 'Luật Tố cáo 2018 Điều 34 khoản 1 điểm b' }],
    termination: [{ code: 'nguoi-bi-to-cao-chet', label: 'Người bị tố cáo là cá nhân đã chết', cite: 'Luật Tố cáo 2018 Điều 34 khoản 3 điểm b' }],
    complexity: [
      { code: 'nhieu-noi-dung-dia-diem', label: 'Vụ việc có nhiều nội dung hoặc liên quan đến nhiều địa điểm', cite: 'NĐ 31/2019/NĐ-CP Điều 3 khoản 2' },
      { code: 'nhieu-nguoi-to-cao', label: 'Nhiều người tố cáo về cùng một nội dung', cite: 'NĐ 31/2019/NĐ-CP Điều 3 khoản 2' },
    ],
  },
};

export const DENOUNCER_NAME = 'Trịnh Thị Bảo Châu';

/**
 * A denunciation at its verification, as someone who may NOT read the denouncer's identity gets it: title and content
 * redacted, the signed letter's file by its protected name, the notice to the denouncer listed without access.
 */
export const DENUNCIATION_CASE: CaseView = {
  ...FOUNDING_CASE,
  id: 'd1e2f3a4-0000-4000-8000-000000000002',
  code: 'TC-2026-0003',
  procedureCode: 'to-cao',
  title: 'Đơn tố cáo của bà [đã ẩn danh tính]',
  data: {
    anonymous: false,
    form: 'written',
    channel: 'truc-tiep',
    accused: { fullName: 'Lê Minh Tuấn', position: 'Chuyên viên Ban Tổ chức' },
    content: 'Tôi là [đã ẩn danh tính], tố cáo ông Lê Minh Tuấn nhận tiền để xét hồ sơ.',
    places: 1,
    identityProtected: true,
  },
  identity: { protected: true, visibleToYou: false },
  steps: [
    {
      taskId: 'task-verify',
      key: 'xac-minh',
      name: 'Xác minh nội dung tố cáo',
      status: 'open',
      assignee: { role: 'ubkt', orgUnitId: 'unit-cdvc', userId: 'u-ubkt' },
      dueAt: '2026-12-22',
      deadlineState: 'on_time',
      outcome: null,
      comment: null,
      completedAt: null,
    },
  ],
  clock: {
    taskId: 'task-verify',
    stepKey: 'xac-minh',
    start: '2026-11-22',
    budget: { amount: 30, unit: 'calendar_days' },
    pauses: [],
    extensions: [],
    dueAt: '2026-12-22',
    paused: false,
    deadlineState: 'on_time',
    workingDaysLeft: 20,
    escalationLevel: 0,
  },
  timeline: [
    {
      id: 7,
      when: '2026-11-23T02:00:00.000Z',
      who: { userId: 'u-ubkt', fullName: 'Phạm Thị Lan' },
      what: 'team_assigned',
      kind: 'team_assigned',
      stepKey: 'xac-minh',
      comment: null,
      data: { team: [{ userId: 'u-ubkt', fullName: 'Phạm Thị Lan' }, { userId: 'u-ubkt2', fullName: 'Đỗ Văn Kiểm' }] },
    },
  ],
  documents: [
    {
      id: 'doc-tb',
      kind: 'tb-thu-ly-to-cao',
      number: '05/TB-CĐVC',
      issuedAt: '2026-11-22',
      signer: 'Nguyễn Văn Hùng',
      signerTitle: 'Chủ tịch',
      summary: 'Thông báo về việc thụ lý tố cáo',
      files: { pdf: '/api/documents/doc-tb/file?format=pdf', docx: '/api/documents/doc-tb/file?format=docx' },
    },
    {
      id: 'doc-qd',
      kind: 'qd-thu-ly-to-cao',
      number: '12/QĐ-CĐVC',
      issuedAt: '2026-11-22',
      signer: 'Nguyễn Văn Hùng',
      signerTitle: 'Chủ tịch',
      summary: 'Quyết định về việc thụ lý tố cáo',
      files: { pdf: '/api/documents/doc-qd/file?format=pdf', docx: '/api/documents/doc-qd/file?format=docx' },
    },
  ],
  attachments: [
    {
      id: 'att-letter',
      dossierItem: 'don-to-cao',
      fileName: 'Tệp được bảo vệ (có thông tin người tố cáo)',
      mediaType: 'application/pdf',
      size: 2048,
      sha256: 'ab',
      note: null,
      uploadedAt: '2026-11-22T03:00:00.000Z',
      uploadedBy: { userId: 'u-ubkt', fullName: 'Phạm Thị Lan' },
    },
  ],
  dossier: [
    { key: 'don-to-cao', name: 'Đơn tố cáo hoặc biên bản ghi nhận tố cáo trực tiếp (có chữ ký người tố cáo)', required: true, attachmentCount: 1 },
    { key: 'bao-cao-xac-minh', name: 'Báo cáo kết quả xác minh nội dung tố cáo', required: true, attachmentCount: 0 },
  ],
};

/** The same case as one of the people assigned reads it: the denouncer, the original title and content, the real file name. */
export const DENUNCIATION_CASE_FOR_READER: CaseView = {
  ...DENUNCIATION_CASE,
  title: `Đơn tố cáo của bà ${DENOUNCER_NAME}`,
  data: {
    ...DENUNCIATION_CASE.data,
    content: `Tôi là ${DENOUNCER_NAME}, tố cáo ông Lê Minh Tuấn nhận tiền để xét hồ sơ.`,
    denouncer: { fullName: DENOUNCER_NAME, address: '45 Hai Bà Trưng, Pleiku', phone: '0912 345 678' },
  },
  identity: { protected: true, visibleToYou: true },
  attachments: [{ ...DENUNCIATION_CASE.attachments[0], fileName: `Don to cao - ${DENOUNCER_NAME}.pdf` }],
};
