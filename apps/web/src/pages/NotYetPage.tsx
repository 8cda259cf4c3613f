import { Result } from 'antd';

/** A page whose screen is still being built: says so instead of showing nothing. */
export function NotYetPage({ title }: { title: string }) {
  return <Result status="info" title={title} subTitle="Trang này đang được xây dựng / this page is being built" />;
}
