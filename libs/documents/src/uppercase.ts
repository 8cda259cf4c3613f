/** Capitals as the headers and signature blocks write names ('Công đoàn Viên chức' → 'CÔNG ĐOÀN VIÊN CHỨC'). */
export const upperVi = (text: string): string => text.toLocaleUpperCase('vi');
