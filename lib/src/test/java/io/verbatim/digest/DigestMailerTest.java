package io.verbatim.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DigestMailerTest {

  private GreenMail smtp;

  @BeforeEach
  void startServer() {
    // Loopback only, on a port the system picks, so parallel builds cannot collide.
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.setUser("verbatim@example.com", "verbatim", "s3cret");
    smtp.start();
  }

  @AfterEach
  void stopServer() {
    smtp.stop();
  }

  private MailSettings settings(List<String> to, Map<String, List<String>> owners) {
    return new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), MailSettings.Security.NONE,
        "verbatim", "s3cret", "Verbatim <verbatim@example.com>", to, owners,
        Duration.ofSeconds(10));
  }

  @Test
  void sendsTheDigestForEveryoneAndEachOwnersOwn() throws Exception {
    DigestMailer mailer = new DigestMailer(settings(List.of("all@example.com", "boss@example.com"),
        Map.of("Logistics", List.of("logistics@example.com"))));
    List<DigestMailer.Delivery> sent = mailer.sendAll(new DigestBuilder(DigestSettings.defaults()),
        Fixtures.sampleInput(Set.of("i-track")));
    assertEquals(2, sent.size());
    assertTrue(smtp.waitForIncomingEmail(10_000, 3), "one copy per recipient");

    MimeMessage[] received = smtp.getReceivedMessages();
    MimeMessage everyone = Arrays.stream(received)
        .filter(m -> subject(m).endsWith("nothing unusual") || !subject(m).contains(" for "))
        .findFirst().orElseThrow();
    assertEquals("Customer feedback digest 2026-04-10: 4 new ideas, 1 emerging theme",
        everyone.getSubject());
    assertEquals(List.of("all@example.com", "boss@example.com"), addresses(everyone));
    assertEquals("verbatim@example.com",
        ((InternetAddress) everyone.getFrom()[0]).getAddress());

    Multipart alternative = (Multipart) everyone.getContent();
    assertTrue(everyone.getContentType().startsWith("multipart/alternative"));
    assertEquals(2, alternative.getCount());
    BodyPart text = alternative.getBodyPart(0);
    assertTrue(text.isMimeType("text/plain"));
    assertTrue(((String) text.getContent()).contains("**track lost baggage**"));

    Multipart related = (Multipart) alternative.getBodyPart(1).getContent();
    assertTrue(related.getContentType().startsWith("multipart/related"));
    BodyPart html = related.getBodyPart(0);
    assertTrue(html.isMimeType("text/html"));
    String page = (String) html.getContent();
    assertTrue(page.contains("track lost baggage"), "top idea in the HTML part");
    assertFalse(page.toLowerCase().contains("<script"));
    assertEquals(3, related.getCount(), "HTML and two charts");
    for (int i = 1; i < related.getCount(); i++) {
      BodyPart img = related.getBodyPart(i);
      assertTrue(img.isMimeType("image/png"));
      String id = img.getHeader("Content-ID")[0];
      assertTrue(page.contains("src=\"cid:" + id.substring(1, id.length() - 1) + "\""), id);
      assertEquals("inline", img.getDisposition());
      assertTrue(bytes(img.getInputStream()).length > 1000, "a real PNG");
    }

    MimeMessage logistics = Arrays.stream(received)
        .filter(m -> subject(m).contains(" for Logistics")).findFirst().orElseThrow();
    assertEquals(List.of("logistics@example.com"), addresses(logistics));
    String logisticsPage = (String) ((Multipart) ((Multipart) logistics.getContent())
        .getBodyPart(1).getContent()).getBodyPart(0).getContent();
    assertTrue(logisticsPage.contains("deliver bags home"));
    assertFalse(logisticsPage.contains("fix wifi on board"), "only its own ideas");
  }

  @Test
  void composesWithoutSending() throws Exception {
    DigestMailer mailer = new DigestMailer(settings(List.of("a@example.com"), Map.of()));
    Digest d = new DigestBuilder(DigestSettings.defaults()).build(Fixtures.sampleInput(null));
    MimeMessage m = mailer.compose(d, List.of("a@example.com"));
    assertEquals("Customer feedback digest 2026-04-10: 1 emerging theme", m.getSubject());
    assertEquals(0, smtp.getReceivedMessages().length);
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> addresses(MimeMessage m) throws Exception {
    return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
        .map(a -> ((InternetAddress) a).getAddress())
        .sorted(Comparator.naturalOrder()).toList();
  }

  private static byte[] bytes(InputStream in) throws Exception {
    try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      in.transferTo(out);
      return out.toByteArray();
    }
  }
}
