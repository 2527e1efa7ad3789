package org.reportcorpus.udfs.meta;

import java.io.Serializable;
import org.reportcorpus.udfs.region.RegionMatch;

/**
 * What a document says about itself. Fields are null when the document does not say; the
 * region is null when it could not be resolved without guessing.
 */
public record DocumentMetadata(
    String title,
    String docType,
    Integer reportYear,
    String publishedDate,
    String issuer,
    RegionMatch region)
    implements Serializable {}
