package org.ablationpath.board.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ablationpath.board.Attendee;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.Minutes;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * The minutes as an A4 PDF (Apache PDFBox): meeting, attendance, then each case with its decision. Uses a standard
 * font, so characters outside Latin-1 print as '?' (the printable page shows them).
 */
@Component
public class MinutesPdf {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final int WRAP = 95;

    public byte[] render(Minutes minutes) {
        List<String[]> lines = new ArrayList<>();
        var m = minutes.meeting();
        lines.add(new String[] {"H", "Tumour board minutes: " + m.boardName()});
        lines.add(new String[] {"T", "Meeting " + m.meetingDate() + " " + m.meetingTime() + " - center " + m.centerId()
                + " - " + m.status() + (m.finalizedBy() == null ? "" : " by " + m.finalizedBy() + " at " + m.finalizedAt())});
        lines.add(new String[] {"B", "Attendance"});
        for (Attendee a : minutes.attendees()) {
            lines.add(new String[] {"T", "  " + a.name() + " - " + a.specialty() + (a.present() ? "" : " (left)")});
        }
        lines.add(new String[] {"B", "Cases (" + minutes.entries().size() + ")"});
        int n = 1;
        for (Minutes.Entry entry : minutes.entries()) {
            var item = entry.item();
            lines.add(new String[] {"B", n++ + ". " + item.patientPseudonym() + " - " + item.reviewKind() + " - " + item.status()});
            BoardDecision d = entry.decision();
            if (d != null) {
                lines.add(new String[] {"T", "  Decision: " + d.decisionCode() + ", intent " + d.intent()
                        + (d.plannedModality() == null ? "" : ", modality " + d.plannedModality())
                        + (d.targetLesions().isEmpty() ? "" : ", tumours " + String.join(" ", d.targetLesions()))});
                lines.add(new String[] {"T", "  Recommendation: " + (d.recommendedStatus() == null ? "none" : d.recommendedStatus())
                        + " - " + (d.concordant() ? "concordant" : "override") + " - rules " + d.rulesVersion()});
                lines.add(new String[] {"T", "  Rationale: " + d.rationale()});
                if (d.overrideReason() != null) {
                    lines.add(new String[] {"T", "  Override reason: " + d.overrideReason()});
                }
                if (d.provisional()) {
                    lines.add(new String[] {"T", "  PROVISIONAL (not quorate), chair's exception: " + d.quorumExceptionReason()});
                }
                lines.add(new String[] {"T", "  Present: " + d.attendees()});
                lines.add(new String[] {"T", "  Decided by " + d.decidedBy() + " at " + d.decidedAt()});
            } else if (item.deferReason() != null) {
                lines.add(new String[] {"T", "  Deferred: " + item.deferReason()});
            }
        }
        return write(lines);
    }

    private static byte[] write(List<String[]> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPage page = null;
            PDPageContentStream content = null;
            float y = 0;
            for (String[] line : lines) {
                for (String part : wrap(line[1])) {
                    if (content == null || y < MARGIN) {
                        if (content != null) {
                            content.endText();
                            content.close();
                        }
                        page = new PDPage(PDRectangle.A4);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        content.beginText();
                        y = page.getMediaBox().getHeight() - MARGIN;
                        content.newLineAtOffset(MARGIN, y);
                    }
                    float size = "H".equals(line[0]) ? 14 : 10;
                    content.setFont("T".equals(line[0]) ? regular : bold, size);
                    content.showText(printable(part));
                    content.newLineAtOffset(0, -LEADING);
                    y -= LEADING;
                }
            }
            if (content != null) {
                content.endText();
                content.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            cut = cut <= 0 ? WRAP : cut;
            parts.add(rest.substring(0, cut));
            rest = "    " + rest.substring(cut).strip();
        }
        parts.add(rest);
        return parts;
    }

    /** WinAnsi only: anything else would make PDFBox throw. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c >= 32 && c <= 126 || c >= 160 && c <= 255 ? (char) c : '?'));
        return out.toString();
    }
}
