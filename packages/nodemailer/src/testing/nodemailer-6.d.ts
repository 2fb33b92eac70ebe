/** nodemailer 6.9, installed under another name to test the oldest supported version. */
declare module "nodemailer-6" {
  const nodemailer: { createTransport(options: object): unknown };
  export default nodemailer;
}
