/**
 * @module
 * The Arabic error page (404, 400, 503, ...), rendered through the same layout as every page.
 */
const HEADINGS: Record<number, string> = {
  400: 'طلب غير صالح',
  404: 'الصفحة غير موجودة',
  405: 'طريقة الطلب غير مسموحة',
  503: 'الخدمة غير متاحة مؤقتًا',
}

export const errorHeading = (status: number) => HEADINGS[status] ?? 'حدث خطأ'

/** Request fields as a reader knows them: the address bar shows `?page=`, the page says «رقم الصفحة». */
const FIELD_NAMES: Record<string, string> = {
  page: 'رقم الصفحة',
  q: 'نص البحث',
  slug: 'عنوان المقال في الرابط',
  tag: 'الوسم في الرابط',
  section: 'القسم في الرابط',
  author: 'اسم الكاتب في الرابط',
  file: 'اسم خريطة الموقع',
  key: 'اسم الصورة',
  url: 'الرابط',
}

/** What was wrong with request field `field`, in words a reader knows. */
export const readerMessage = (field: string, detail: string) =>
  `${FIELD_NAMES[field] ?? 'الطلب'}: ${detail}`

export function ErrorPage({ status, message }: { status: number; message: string }) {
  return (
    <>
      <h1>{errorHeading(status)}</h1>
      <p>{message}</p>
      <p>
        <a href="/">العودة إلى الصفحة الرئيسية</a>
      </p>
    </>
  )
}
