import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Modal } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { CaseStep, CaseView, Procedure, ProcedureGrounds, ProcedureStep, Task } from '../../api/types';
import { errorText, fieldProblems } from '../../components/api-error';
import { useMessages } from '../../i18n/use-messages';
import dayjs from 'dayjs';
import { vietnamToday } from '../../components/dates';
import { type ActionFormValues, type ActionSpec, actionSpec, formFieldOf, isIrreversible, toActRequest } from './action-form';
import { ActionFields } from './ActionFields';
import { type ActResponse, newRequestKey } from './case-api';
import { isDecisionStep, useCaseLabels } from './case-labels';

const M = {
  vi: {
    cancel: 'Hủy',
    reload: 'Tải lại hồ sơ',
    stale: 'Hồ sơ đã thay đổi trong lúc bạn thao tác. Tải lại để xem tình trạng mới.',
    confirmTitle: (label: string, code: string) => `${label} hồ sơ ${code}?`,
    confirmBody: {
      reject: 'Hồ sơ sẽ bị từ chối với lý do bạn đã nêu. Thao tác này không thể hoàn tác.',
      withdraw: 'Việc giải quyết hồ sơ sẽ chấm dứt. Thao tác này không thể hoàn tác.',
      issue: 'Văn bản sẽ được cấp số và ban hành. Số đã cấp không thể thu hồi.',
      approve: 'Đây là quyết định của bước xét duyệt. Thao tác này không thể hoàn tác.',
      terminate: 'Quyết định đình chỉ sẽ được cấp số và việc giải quyết chấm dứt. Thao tác này không thể hoàn tác.',
      forward: 'Đơn sẽ được chuyển và hồ sơ kết thúc tại đơn vị. Thao tác này không thể hoàn tác.',
      extend: 'Quyết định gia hạn sẽ được cấp số và ban hành. Số đã cấp không thể thu hồi.',
      suspend: 'Quyết định tạm đình chỉ sẽ được cấp số và thời hạn dừng lại. Số đã cấp không thể thu hồi.',
      resume: 'Quyết định tiếp tục giải quyết sẽ được cấp số và thời hạn chạy tiếp. Số đã cấp không thể thu hồi.',
      sign: 'Văn bản sẽ được ký và chuyển văn thư vào số, ban hành. Thao tác này không thể hoàn tác.',
    } as Record<string, string>,
    decisionBody: 'Quyết định sẽ được cấp số và ban hành. Thao tác này không thể hoàn tác.',
    uploadFirst: 'Tải tệp còn thiếu lên ở mục "Thành phần hồ sơ và tệp đính kèm" của trang này, rồi thực hiện lại.',
    goBack: 'Quay lại',
  },
  en: {
    cancel: 'Cancel',
    reload: 'Reload the case',
    stale: 'The case changed while you were working on it. Reload it to see where it stands.',
    confirmTitle: (label: string, code: string) => `${label}: case ${code}?`,
    confirmBody: {
      reject: 'The dossier will be rejected with the reason you gave. This cannot be undone.',
      withdraw: 'Handling of the case will end. This cannot be undone.',
      issue: 'The document will be numbered and issued. A number once given cannot be taken back.',
      approve: 'This is the decision of the approval step. It cannot be undone.',
      terminate: 'The termination decision will be numbered and the resolution ends. This cannot be undone.',
      forward: 'The letter will be forwarded and the case closed here. This cannot be undone.',
      extend: 'The extension decision will be numbered and issued. A number once given cannot be taken back.',
      suspend: 'The suspension decision will be numbered and the clock stops. A number once given cannot be taken back.',
      resume: 'The resumption decision will be numbered and the clock runs again. A number once given cannot be taken back.',
      sign: 'The document will be signed and go to the records clerk to be numbered and issued. This cannot be undone.',
    } as Record<string, string>,
    decisionBody: 'The decision will be numbered and issued. This cannot be undone.',
    uploadFirst: 'Upload the missing file under "Dossier checklist and files" on this page, then try again.',
    goBack: 'Go back',
  },
};

export interface ActionModalProps {
  action: string;
  /** the step's task the action is sent to (the user's own, or the open step for a leader's decision) */
  task: Pick<Task, 'id'>;
  /** the case's step this task is (for its role and unit) */
  step: CaseStep | undefined;
  /** the step's definition in the catalog: its actions' own wording */
  definition?: ProcedureStep;
  /** the legal grounds the procedure lists (GET /api/procedures → grounds) */
  grounds?: ProcedureGrounds;
  /** the procedure's catalog entry: the lists a vote or a form picker offers (discipline forms, deferral grounds) */
  procedure?: Procedure;
  caseView: CaseView;
  currentUserId?: string;
  onClose(): void;
  onDone(updated: CaseView): void;
  /** the server said the step moved on: the page should reload */
  onStale(): void;
}

/**
 * One action on the user's step: its form, a confirmation when it cannot be undone, then POST /api/tasks/:id/actions.
 * A refusal leaves the modal open with everything typed, the server's reason above and field problems beside the fields.
 */
export function ActionModal({ action, task, step, definition, grounds, procedure, caseView, currentUserId, onClose, onDone, onStale }: ActionModalProps) {
  const m = useMessages(M);
  const { t, i18n } = useTranslation();
  const labels = useCaseLabels();
  const [form] = Form.useForm<ActionFormValues>();
  const [modal, confirmHolder] = Modal.useModal();
  const [refusal, setRefusal] = useState<unknown>(null);
  // Kept across retries after a network failure, so a request that did arrive is applied once; renewed after any answer.
  const requestKey = useRef(newRequestKey());
  const decision = isDecisionStep(step?.assignee.role);
  const label = labels.action(action, decision, { procedureCode: caseView.procedureCode, key: step?.key, actionLabels: definition?.actionLabels });
  const spec = actionSpec(action, {
    procedureCode: caseView.procedureCode,
    stepKey: step?.key,
    grounds,
    caseData: caseView.data,
    procedure: procedure as Record<string, unknown> | undefined,
    language: i18n.language,
  });

  const send = useMutation({
    mutationFn: (values: ActionFormValues) =>
      api<ActResponse>(`/tasks/${task.id}/actions`, { method: 'POST', body: toActRequest(action, values), headers: { 'Idempotency-Key': requestKey.current } }),
    onSuccess: (response) => onDone(response.case),
    onError: (error) => {
      if (error instanceof ApiError && !error.isNetwork && error.status < 500) requestKey.current = newRequestKey();
      setRefusal(error);
      const problems = fieldProblems(error, i18n.language);
      form.setFields(
        [...problems].flatMap(([field, message]) => {
          const name = formFieldOf(field);
          return name ? [{ name: name as never, errors: [message] }] : [];
        }),
      );
    },
  });

  const confirmed = (): Promise<boolean> =>
    new Promise((resolve) => {
      void modal.confirm({
        title: m.confirmTitle(label, caseView.code),
        content: (action === 'approve' && spec.finding ? m.decisionBody : undefined) ?? m.confirmBody[action],
        okText: label,
        okButtonProps: { danger: ['reject', 'withdraw', 'terminate'].includes(action) },
        cancelText: m.goBack,
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });

  const submit = async () => {
    let values: ActionFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing next to each field
    }
    if (isIrreversible(action, decision, caseView.procedureCode) && !(await confirmed())) return;
    setRefusal(null);
    send.mutate(values);
  };

  const stale = refusal instanceof ApiError && refusal.status === 409;
  const fileMissing = refusal instanceof ApiError && refusal.body?.error === 'DOSSIER_FILE_MISSING';
  return (
    <Modal
      open
      title={label}
      width={spec.vote ? 680 : undefined}
      onCancel={onClose}
      mask={{ closable: !send.isPending }}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose} disabled={send.isPending}>
          {m.cancel}
        </Button>,
        <Button key="ok" type="primary" danger={action === 'reject' || action === 'terminate'} loading={send.isPending} onClick={() => void submit()}>
          {label}
        </Button>,
      ]}
    >
      {confirmHolder}
      {refusal ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={errorText(refusal, i18n.language, t('common.networkError'))}
          description={stale ? m.stale : fileMissing ? m.uploadFirst : undefined}
          action={stale ? <Button size="small" onClick={onStale}>{m.reload}</Button> : undefined}
        />
      ) : null}
      <Form form={form} layout="vertical" requiredMark="optional" disabled={send.isPending} initialValues={initialValues(action, caseView, spec)}>
        <ActionFields action={action} form={form} caseView={caseView} step={step} task={task} currentUserId={currentUserId} spec={spec} />
      </Form>
    </Modal>
  );
}

/** A return starts with the required checklist items that have no file ticked: what the officer most likely asks for. */
function initialValues(action: string, caseView: CaseView, spec: ActionSpec): ActionFormValues {
  if (action === 'return') return { missing: caseView.dossier.filter((d) => d.required && d.attachmentCount === 0).map((d) => d.key) };
  if (spec.vote) {
    // The signed minutes, once filed under their checklist item: the latest file there.
    const minutes = caseView.attachments.filter((a) => a.dossierItem === spec.vote?.minutesItem).sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt))[0];
    return {
      meeting: {
        body: spec.vote.body,
        ballot: 'secret',
        heldOn: dayjs(vietnamToday()),
        votes: spec.vote.options.map((o) => ({ option: o.code })),
        ...(minutes ? { minutesAttachmentId: minutes.id } : {}),
      },
    };
  }
  if (spec.signing) return { signAs: 'own' };
  return {};
}
