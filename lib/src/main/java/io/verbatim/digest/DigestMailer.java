package io.verbatim.digest;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Sends digests over SMTP (Jakarta Mail, Eclipse Angus). Each message is
 * {@code multipart/alternative}: the Markdown as text/plain for clients that show no HTML, then
 * {@code multipart/related} holding the HTML and its charts as inline parts it references by
 * {@code cid:}.
 */
public final class DigestMailer {

  private final MailSettings settings;
  private final HtmlRenderer html;
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  public DigestMailer(MailSettings settings) {
    this(settings, new HtmlRenderer());
  }

  public DigestMailer(MailSettings settings, HtmlRenderer html) {
    this.settings = settings;
    this.html = html;
  }

  /** One message sent: to whom, with which digest. */
  public record Delivery(String owner, List<String> recipients, String subject) {
  }

  /**
   * The digest for everyone to {@code to} (when set), and each owner in
   * {@code ownerRecipients} its own digest, also on a quiet day ("nothing unusual" is news too).
   */
  public List<Delivery> sendAll(DigestBuilder builder, DigestInput input)
      throws MessagingException {
    List<Delivery> sent = new ArrayList<>();
    if (!settings.to().isEmpty()) {
      sent.add(send(builder.build(input), settings.to()));
    }
    for (Map.Entry<String, List<String>> e : settings.ownerRecipients().entrySet()) {
      if (!e.getValue().isEmpty()) {
        sent.add(send(builder.build(input, e.getKey()), e.getValue()));
      }
    }
    return sent;
  }

  /** Sends one digest to {@code recipients}. */
  public Delivery send(Digest digest, List<String> recipients) throws MessagingException {
    Session session = session();
    MimeMessage message = compose(session, digest, recipients);
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect(settings.host(), settings.port(), settings.username(),
          settings.password());
      transport.sendMessage(message, message.getAllRecipients());
    }
    return new Delivery(digest.owner(), List.copyOf(recipients), message.getSubject());
  }

  /** The message {@link #send} would send, for a preview or a test. */
  public MimeMessage compose(Digest digest, List<String> recipients) throws MessagingException {
    return compose(session(), digest, recipients);
  }

  private MimeMessage compose(Session session, Digest digest, List<String> recipients)
      throws MessagingException {
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("a digest needs at least one recipient");
    }
    HtmlDigest page = html.render(digest, ImageMode.CID);
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress(settings.from(), true));
    m.setRecipients(Message.RecipientType.TO,
        InternetAddress.parse(String.join(",", recipients), true));
    m.setSubject(DigestText.subject(digest), StandardCharsets.UTF_8.name());
    m.setSentDate(new Date());

    MimeBodyPart text = new MimeBodyPart();
    text.setText(markdown.render(digest), StandardCharsets.UTF_8.name(), "plain");

    MimeMultipart related = new MimeMultipart("related");
    MimeBodyPart htmlPart = new MimeBodyPart();
    htmlPart.setText(page.html(), StandardCharsets.UTF_8.name(), "html");
    related.addBodyPart(htmlPart);
    for (ChartImage img : page.images()) {
      MimeBodyPart part = new MimeBodyPart();
      part.setDataHandler(new DataHandler(new ByteArrayDataSource(img.png(),
          ChartImage.MIME_TYPE)));
      part.setContentID("<" + img.contentId() + ">");
      part.setDisposition(Part.INLINE);
      part.setFileName(img.fileName());
      related.addBodyPart(part);
    }
    MimeBodyPart relatedPart = new MimeBodyPart();
    relatedPart.setContent(related);

    // Alternatives go from plainest to richest: clients show the last one they can.
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(relatedPart);
    m.setContent(alternative);
    m.saveChanges();
    return m;
  }

  private Session session() {
    Properties p = new Properties();
    String ms = String.valueOf(settings.timeout().toMillis());
    p.put("mail.smtp.host", settings.host());
    p.put("mail.smtp.port", String.valueOf(settings.port()));
    p.put("mail.smtp.connectiontimeout", ms);
    p.put("mail.smtp.timeout", ms);
    p.put("mail.smtp.writetimeout", ms);
    p.put("mail.smtp.auth", String.valueOf(settings.username() != null));
    switch (settings.security()) {
      case STARTTLS -> {
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case SSL -> {
        p.put("mail.smtp.ssl.enable", "true");
        p.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case NONE -> { }
      default -> throw new IllegalStateException("unknown security " + settings.security());
    }
    return Session.getInstance(p);
  }
}
