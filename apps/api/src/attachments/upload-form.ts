import { type FieldProblem, type ProcedureDefinition, ValidationFailed, dossierItemOf } from '@congdoan/domain';
import type { MultipartUpload } from './multipart-upload';

export const MAX_NOTE_LENGTH = 1000;

/** A checked upload form: one file, for one item of the procedure's dossier checklist, with an optional note. */
export interface UploadForm {
  file: { buffer: Buffer; originalName: string };
  dossierItem: string;
  note: string | null;
}

/** Every broken rule of the form at once, each naming its field (the type of the file is judged after). */
export function checkUploadForm(upload: MultipartUpload, procedure: ProcedureDefinition): UploadForm {
  const problems: FieldProblem[] = [];
  const { dossierItem, note, ...others } = upload.fields;
  const allowed = procedure.dossier.map((item) => item.key);

  for (const field of Object.keys(others)) {
    problems.push({
      field,
      rule: 'whitelistValidation',
      message: `Trường '${field}' không được phép (chỉ nhận 'file', 'dossierItem' và 'note')`,
      messageEn: `${field} is not allowed (the form takes only file, dossierItem and note)`,
    });
  }
  if (!upload.file) {
    problems.push({
      field: 'file',
      rule: 'required',
      message: "Trường 'file' là bắt buộc: gửi tệp hồ sơ dạng multipart/form-data trong trường 'file'",
      messageEn: "file is required: send the dossier file as multipart/form-data in the field 'file'",
    });
  }
  if (dossierItem === undefined || dossierItem === '') {
    problems.push({
      field: 'dossierItem',
      rule: 'required',
      message: `Trường 'dossierItem' là bắt buộc: một trong ${allowed.join(', ')}`,
      messageEn: `dossierItem is required: one of ${allowed.join(', ')}`,
    });
  } else if (typeof dossierItem !== 'string' || !dossierItemOf(procedure, dossierItem)) {
    problems.push({
      field: 'dossierItem',
      rule: 'isIn',
      message: `Trường 'dossierItem' phải là một thành phần hồ sơ của thủ tục "${procedure.name}": ${allowed.join(', ')}`,
      messageEn: `dossierItem must be an item of the ${procedure.code} dossier: ${allowed.join(', ')}`,
    });
  }
  if (note !== undefined && (typeof note !== 'string' || [...note].length > MAX_NOTE_LENGTH)) {
    problems.push({
      field: 'note',
      rule: 'maxLength',
      message: `Trường 'note' phải là một đoạn văn bản tối đa ${MAX_NOTE_LENGTH} ký tự`,
      messageEn: `note must be one text of at most ${MAX_NOTE_LENGTH} characters`,
    });
  }
  if (problems.length > 0 || !upload.file) throw new ValidationFailed(problems);
  const trimmedNote = typeof note === 'string' ? note.trim() : '';
  return { file: upload.file, dossierItem: dossierItem as string, note: trimmedNote || null };
}
