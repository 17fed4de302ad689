import { z } from '@hono/zod-openapi';

/**
 * The library of coping strategies a worker can put into their coping plan (S.ind.2), written by
 * the project in its own words. Content, not code: ids are kept for good (plans refer to them).
 */

export const ZStrategy = z
  .object({
    id: z.string(),
    kind: z.enum(['grounding', 'breathing', 'self-talk', 'peer', 'boundaries', 'movement', 'rest', 'transition', 'connection', 'creative']),
    when: z.array(z.enum(['before', 'during', 'after'])).describe('the parts of a coping plan it suits best'),
    title: z.object({ en: z.string(), es: z.string() }),
    description: z.object({ en: z.string(), es: z.string() }),
  })
  .openapi('CopingStrategy');
export type TStrategy = z.infer<typeof ZStrategy>;

export const STRATEGIES: readonly TStrategy[] = [
  {
    id: 'grounding.five-senses',
    kind: 'grounding',
    when: ['during', 'after'],
    title: { en: 'Notice what is around you', es: 'Fíjate en lo que te rodea' },
    description: {
      en: 'Name a few things you can see, hear and touch right now. It brings attention back to the room you are in, away from the story you just heard.',
      es: 'Nombra algunas cosas que ves, oyes y tocas ahora mismo. Devuelve la atención a la sala donde estás, lejos de la historia que acabas de escuchar.',
    },
  },
  {
    id: 'grounding.feet-on-floor',
    kind: 'grounding',
    when: ['during'],
    title: { en: 'Feet on the floor', es: 'Los pies en el suelo' },
    description: {
      en: 'Press both feet into the floor and feel the chair holding you. Nobody needs to notice, and you can keep listening while you do it.',
      es: 'Apoya bien los dos pies en el suelo y siente cómo te sostiene la silla. Nadie tiene por qué notarlo y puedes seguir escuchando mientras tanto.',
    },
  },
  {
    id: 'breathing.longer-out',
    kind: 'breathing',
    when: ['before', 'during', 'after'],
    title: { en: 'Breathe out for longer', es: 'Exhala durante más tiempo' },
    description: {
      en: 'Breathe in gently, then let the out-breath last a little longer than the in-breath. A handful of rounds is often enough to settle a racing body.',
      es: 'Inspira con suavidad y deja que la espiración dure un poco más que la inspiración. Unas pocas rondas suelen bastar para calmar un cuerpo acelerado.',
    },
  },
  {
    id: 'self-talk.not-mine-to-carry',
    kind: 'self-talk',
    when: ['during', 'after'],
    title: { en: 'A sentence to hold on to', es: 'Una frase a la que agarrarte' },
    description: {
      en: 'Choose a short sentence of your own, such as "I can care about this without carrying all of it", and say it to yourself when a conversation gets heavy.',
      es: 'Elige una frase corta tuya, como «puedo preocuparme por esto sin cargarlo todo», y repítetela cuando una conversación se vuelva pesada.',
    },
  },
  {
    id: 'self-talk.kind-review',
    kind: 'self-talk',
    when: ['after'],
    title: { en: 'Look back kindly', es: 'Mira atrás con amabilidad' },
    description: {
      en: 'When you replay a hard day, ask what went as well as it could and what you would tell a colleague who had done the same.',
      es: 'Cuando repases un día difícil, pregúntate qué salió tan bien como era posible y qué le dirías a un compañero que hubiera hecho lo mismo.',
    },
  },
  {
    id: 'peer.debrief',
    kind: 'peer',
    when: ['after'],
    title: { en: 'Talk it through with a peer', es: 'Háblalo con un compañero' },
    description: {
      en: 'Agree with a trusted colleague that either of you can ask for ten minutes after a difficult contact, to say what happened and how it landed.',
      es: 'Acuerda con un compañero de confianza que cualquiera de los dos pueda pedir diez minutos tras un contacto difícil para contar qué pasó y cómo te afectó.',
    },
  },
  {
    id: 'peer.supervision-note',
    kind: 'peer',
    when: ['after'],
    title: { en: 'Save it for supervision', es: 'Guárdalo para la supervisión' },
    description: {
      en: 'Jot down a word or two about what stayed with you, so you can bring it to your next reflective supervision instead of holding it alone until then.',
      es: 'Anota una o dos palabras sobre lo que se te quedó, para llevarlo a tu próxima supervisión reflexiva en lugar de cargarlo en solitario hasta entonces.',
    },
  },
  {
    id: 'boundaries.end-of-day',
    kind: 'boundaries',
    when: ['after'],
    title: { en: 'A clear end to the working day', es: 'Un final claro de la jornada' },
    description: {
      en: 'Decide when work stops: close the laptop, silence work messages and leave case notes for tomorrow unless something truly cannot wait.',
      es: 'Decide cuándo termina el trabajo: cierra el portátil, silencia los mensajes del trabajo y deja las notas de casos para mañana salvo que algo de verdad no pueda esperar.',
    },
  },
  {
    id: 'boundaries.pace-exposure',
    kind: 'boundaries',
    when: ['before'],
    title: { en: 'Pace the hardest tasks', es: 'Dosifica las tareas más duras' },
    description: {
      en: 'Where you can, avoid stacking several heavy conversations or case files back to back; put something lighter in between.',
      es: 'Cuando puedas, evita encadenar varias conversaciones o expedientes duros seguidos; intercala algo más ligero entre ellos.',
    },
  },
  {
    id: 'movement.short-walk',
    kind: 'movement',
    when: ['after'],
    title: { en: 'A short walk', es: 'Un paseo corto' },
    description: {
      en: 'Step outside or walk the corridor for a few minutes. Moving helps the body use up the tension a hard conversation leaves behind.',
      es: 'Sal fuera o recorre el pasillo unos minutos. Moverse ayuda al cuerpo a soltar la tensión que deja una conversación difícil.',
    },
  },
  {
    id: 'movement.shake-out',
    kind: 'movement',
    when: ['during', 'after'],
    title: { en: 'Shake it out', es: 'Sacúdete la tensión' },
    description: {
      en: 'Roll your shoulders, stretch your hands wide and shake out your arms between appointments.',
      es: 'Gira los hombros, estira bien las manos y sacude los brazos entre una cita y otra.',
    },
  },
  {
    id: 'transition.leaving-ritual',
    kind: 'transition',
    when: ['after'],
    title: { en: 'A ritual for leaving work', es: 'Un ritual para salir del trabajo' },
    description: {
      en: 'Pick a small act that marks the way home, like washing your hands, changing your shoes or choosing a song for the journey, and let it mean "work stays here".',
      es: 'Elige un gesto pequeño que marque el camino a casa, como lavarte las manos, cambiarte de calzado o elegir una canción para el trayecto, y deja que signifique «el trabajo se queda aquí».',
    },
  },
  {
    id: 'transition.prepare',
    kind: 'transition',
    when: ['before'],
    title: { en: 'Get ready on purpose', es: 'Prepárate a propósito' },
    description: {
      en: 'Before a contact you expect to be hard, take a minute to check in with yourself and decide what you will do afterwards to look after yourself.',
      es: 'Antes de un contacto que esperas difícil, tómate un minuto para ver cómo estás y decide qué harás después para cuidarte.',
    },
  },
  {
    id: 'rest.sleep-routine',
    kind: 'rest',
    when: ['after'],
    title: { en: 'Protect your sleep', es: 'Protege tu sueño' },
    description: {
      en: 'Keep a steady wind-down before bed and leave work reading and news out of the last hour.',
      es: 'Mantén una rutina tranquila antes de dormir y deja fuera de la última hora la lectura del trabajo y las noticias.',
    },
  },
  {
    id: 'connection.outside-work',
    kind: 'connection',
    when: ['after'],
    title: { en: 'Time with people who lift you', es: 'Tiempo con quien te hace bien' },
    description: {
      en: 'Plan regular time with friends or family for things that have nothing to do with work.',
      es: 'Reserva con regularidad tiempo con amistades o familia para cosas que no tengan nada que ver con el trabajo.',
    },
  },
  {
    id: 'creative.put-it-down',
    kind: 'creative',
    when: ['after'],
    title: { en: 'Put it somewhere', es: 'Déjalo en algún sitio' },
    description: {
      en: 'Write, draw or play music for a few minutes to let a feeling out of your head and onto something else. Keep it private: it is only for you.',
      es: 'Escribe, dibuja o toca música unos minutos para sacar un sentimiento de la cabeza y ponerlo en otra parte. Guárdalo para ti: es solo tuyo.',
    },
  },
];

const ids = new Set(STRATEGIES.map((s) => s.id));
/** Is this the id of a strategy in the library? */
export const isStrategyId = (id: string) => ids.has(id);
