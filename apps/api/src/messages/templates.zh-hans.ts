import type { MessageStrings } from './templates.en.js';

/** Simplified Chinese strings; typed by the English table, so no key can be missing or extra. */
export const zhHans: MessageStrings = {
  lang: 'zh-Hans',
  luxonLocale: 'zh-CN',
  // ZZZZ in zh-CN gives the offset name (GMT+11), which reads better here than an English abbreviation.
  format: {
    dateTime: 'yyyy年M月d日cccc HH:mm ZZZZ',
    time: 'HH:mm',
    timeZoned: 'HH:mm ZZZZ',
    day: 'yyyy年M月d日cccc',
  },
  labelled: (label: string, value: string) => `${label}：${value}`,
  greeting: (name: string) => `${name}，您好！`,
  greetingTeam: '您好！',
  signOff: (operatorName: string) => `祝好，\n${operatorName}`,
  label: {
    reference: '预约编号',
    treatment: '项目',
    when: '时间',
    duration: '时长',
    previously: '原定时间',
    therapist: '治疗师',
    client: '客户',
    address: '地址',
    price: '费用',
    code: '转诊单编号',
    holder: '转诊对象',
    sessionsAuthorised: '核准次数',
    sessionsUsed: '已用次数',
    sessionsLeft: '剩余次数',
    expiresOn: '有效期至',
  },
  durationUntil: (minutes: number, end: string) => `${minutes} 分钟，至 ${end} 结束`,
  link: {
    manage: '查看、更改或取消预约',
    book: '在线预约',
    console: '打开员工后台',
    unsubscribe: '退订回访邮件',
  },
  booking: {
    confirmation: {
      subject: (reference: string) => `预约已确认：${reference}`,
      intro: '您的预约已确认，详情如下。',
    },
    rescheduled: {
      subject: (reference: string) => `预约已改期：${reference}`,
      intro: '您的预约已改到新的时间，最新详情如下。',
    },
    cancelled: {
      subject: (reference: string) => `预约已取消：${reference}`,
      intro: '您的以下预约已取消。',
      rebook: '如需另约时间，欢迎随时在线预约。',
    },
    reminder: {
      subject: (reference: string) => `预约提醒：${reference}`,
      intro: '温馨提醒：您的预约即将到来。',
    },
    followup: {
      subject: (reference: string) => `感谢您的光临：${reference}`,
      intro: '感谢您本次光临，希望您对这次疗程感到满意。',
      sessionsLeft: (left: number) =>
        left === 0 ? '您转诊单上的疗程次数已全部用完。' : `您的转诊单还剩 ${left} 次疗程。`,
      next: '准备好进行下一次疗程时，您可以随时在线预约。',
      unsubscribe: '如果您不想再收到此类回访邮件，可以随时退订。',
    },
  },
  therapist: {
    created: {
      subject: (reference: string) => `新预约：${reference}`,
      intro: '您有一个新的预约。',
    },
    changed: {
      subject: (reference: string) => `预约已变更：${reference}`,
      intro: '您的一个预约已改到新的时间。',
    },
    cancelled: {
      subject: (reference: string) => `预约已取消：${reference}`,
      intro: '您的一个预约已被取消。',
    },
    digest: {
      subject: (day: string) => `日程安排：${day}`,
      intro: (day: string, count: number) => `您在${day}共有 ${count} 个预约，按时间顺序排列如下。`,
      empty: (day: string) => `您在${day}没有预约。`,
    },
  },
  referral: {
    verified: {
      subject: '您的转诊单已通过核实',
      intro: '我们已核实您的转诊单，现在可以用它预约疗程了。',
    },
    rejected: {
      subject: '您的转诊单未能通过核实',
      intro: '很抱歉，我们未能核实您的转诊单。',
      next: '如有任何疑问，或需要提交更正后的转诊单，请与我们联系。',
    },
    expiring: {
      subject: '您的转诊单即将到期',
      intro: (expiresOn: string, left: number) => `您的转诊单将于${expiresOn}到期，目前还剩 ${left} 次疗程。`,
      next: '请在到期前预约剩余的疗程。',
    },
    exhausted: {
      subject: '您转诊单上的疗程次数已全部用完',
      intro: '您已用完转诊单上的最后一次疗程。',
      next: '如需继续通过转诊单接受疗程，请向您的转诊医生申请新的转诊单。',
    },
  },
  staff: {
    referralsWaiting: {
      subject: (count: number) => `待审核的转诊单：${count} 份`,
      intro: (count: number) => `有 ${count} 份转诊单已等待审核超过一个工作日。`,
      oldest: (since: string) => `最早的一份自 ${since} 起等待至今。`,
    },
  },
};
