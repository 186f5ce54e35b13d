package vn.dvk.models.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import vn.dvk.models.ModelFilter;

/** One build of the search index, in its own temporary folder, sorted newest first. */
record IndexGeneration(
    Path folder, Directory directory, IndexWriter writer, SearcherManager searchers) {

  private static final Logger log = LoggerFactory.getLogger(IndexGeneration.class);
  private static final int CHUNK = 1_000;

  static IndexGeneration create() throws IOException {
    var folder = Files.createTempDirectory("dvk-search-");
    var directory = FSDirectory.open(folder);
    var config =
        new IndexWriterConfig()
            .setRAMBufferSizeMB(64)
            .setIndexSort(SearchQuery.sort(ModelFilter.Sort.RECENT));
    var writer = new IndexWriter(directory, config);
    return new IndexGeneration(
        folder, directory, writer, new SearcherManager(writer, new FilterKeeping()));
  }

  /**
   * Searchers that keep the filters used again and again (a reader's units, year after year) as
   * sets of documents, segment by segment, however small the segment. Lucene's own cache leaves out
   * segments under 10,000 documents, which is every segment of a commission's index, and a filter
   * of a few hundred units was read from the postings again on every search: half of its time.
   * Lucene's usage policy still decides which filters are worth keeping, and a segment's sets go
   * with it.
   */
  static final class FilterKeeping extends SearcherFactory {

    private final LRUQueryCache filters =
        new LRUQueryCache(1_000, 32L * 1024 * 1024, segment -> true, 250);

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
      var searcher = new IndexSearcher(reader);
      searcher.setQueryCache(filters);
      return searcher;
    }
  }

  /**
   * Replaces these models' registrations with what the database holds now, then shows them to
   * searches. Each slice's rows are read before its documents are touched, so a database that fails
   * leaves the slice as it was; applying the same models again gives the same index.
   */
  void reindex(List<Long> models, SearchDocuments documents) throws IOException {
    for (int from = 0; from < models.size(); from += CHUNK) {
      var chunk = models.subList(from, Math.min(from + CHUNK, models.size()));
      var replacements = documents.ofModels(chunk);
      writer.deleteDocuments(
          chunk.stream()
              .map(id -> new Term(SearchDocuments.MODEL, Long.toString(id)))
              .toArray(Term[]::new));
      writer.addDocuments(replacements);
    }
    searchers.maybeRefreshBlocking();
  }

  /** Whether the writer has failed for good (a full disk, a broken file): only a rebuild helps. */
  boolean broken() {
    return !writer.isOpen() || writer.getTragicException() != null;
  }

  void close() {
    try {
      searchers.close();
      writer.rollback();
      directory.close();
      FileSystemUtils.deleteRecursively(folder);
    } catch (IOException | RuntimeException failed) {
      log.debug("Could not close a search index", failed);
    }
  }
}
