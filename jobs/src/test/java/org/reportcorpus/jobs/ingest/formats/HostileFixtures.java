package org.reportcorpus.jobs.ingest.formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Files made to break readers: encrypted, endless, explosive. Made on the fly, never committed. */
public final class HostileFixtures {

  private HostileFixtures() {}

  /** A PDF that opens only with a user password (AES-128). */
  public static byte[] encryptedPdf(String report) {
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(FormatFixtures.pdf(report));
         ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .docx encrypted with a password, as Word writes it: an OLE2 container around the package. */
  public static byte[] encryptedDocx(String report) {
    try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream data = encryptor.getDataStream(container)) {
        data.write(FormatFixtures.docx(report));
      }
      container.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A one-page PDF that draws a form {@code draws} times, the form holding {@code operators} text
   * moves: a few KB on disk that keep a parser busy for {@code draws × operators} operations, far
   * longer than any real report does, while its memory stays small. It ends, with no text.
   */
  public static byte[] endlessPdf(int operators, int draws) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDFormXObject form = new PDFormXObject(new PDStream(document,
          new ByteArrayInputStream(content("BT\n", "1 0 Td\n", operators, "ET\n")), COSName.FLATE_DECODE));
      form.setBBox(PDRectangle.A4);
      PDPage page = new PDPage(PDRectangle.A4);
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F0"), form);
      page.setResources(resources);
      page.setContents(new PDStream(document, new ByteArrayInputStream(content("", "/F0 Do\n", draws, "")),
          COSName.FLATE_DECODE));
      document.addPage(page);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Plain content; PDFBox compresses it with the stream's filter. */
  private static byte[] content(String head, String repeated, int times, String tail) {
    return (head + repeated.repeat(times) + tail).getBytes(StandardCharsets.US_ASCII);
  }

  /** A .zip with one entry of {@code expandedBytes} zeros (about a thousandth of that compressed). */
  public static byte[] zipBomb(long expandedBytes) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("zeros.txt"));
      byte[] chunk = new byte[1 << 20];
      for (long written = 0; written < expandedBytes; written += chunk.length) {
        zip.write(chunk);
      }
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
