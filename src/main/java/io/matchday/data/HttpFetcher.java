package io.matchday.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Downloads over HTTP with time-outs, retries with exponential back-off on 5xx, 429 and
 * network errors, and conditional GET: each file is cached under the data home with its ETag,
 * Last-Modified and SHA-256, and a 304 answer re-uses the cached bytes.
 */
final class HttpFetcher {

    private final Path cacheDir;
    private final RetryPolicy retry;
    private final HttpClient client;

    HttpFetcher(Path cacheDir, RetryPolicy retry) {
        this.cacheDir = cacheDir;
        this.retry = retry;
        this.client = HttpClient.newBuilder()
                .connectTimeout(retry.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    byte[] get(URI uri) {
        Path body = cachePath(uri);
        Path meta = body.resolveSibling(body.getFileName() + ".meta");
        Properties cached = readMeta(body, meta);
        String problem = "no attempt made";
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            sleep(attempt);
            try {
                HttpResponse<byte[]> response = client.send(request(uri, cached), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 304 && cached != null) {
                    return Files.readAllBytes(body);
                }
                if (status == 200) {
                    byte[] content = response.body();
                    store(body, meta, content, response);
                    return content;
                }
                if (status == 404 || status == 410) {
                    throw new SourceException.NotFound(uri);
                }
                problem = "HTTP " + status;
                if (status < 500 && status != 429) {
                    break;
                }
            } catch (HttpTimeoutException e) {
                problem = "timed out";
            } catch (IOException e) {
                problem = "unreachable (" + describe(e) + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceException(uri, "download interrupted", e);
            }
        }
        throw new SourceException(uri, problem + " after " + retry.attempts() + " attempt(s)");
    }

    private HttpRequest request(URI uri, Properties cached) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(retry.requestTimeout()).GET()
                .header("User-Agent", "Matchday");
        if (cached != null) {
            String etag = cached.getProperty("etag");
            String lastModified = cached.getProperty("last-modified");
            if (etag != null) {
                builder.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                builder.header("If-Modified-Since", lastModified);
            }
        }
        return builder.build();
    }

    private void sleep(int attempt) {
        if (attempt == 1) {
            return;
        }
        try {
            Thread.sleep(retry.delayBefore(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The cached entry, only if its body is still there and matches its recorded hash. */
    private static Properties readMeta(Path body, Path meta) {
        if (!Files.isRegularFile(body) || !Files.isRegularFile(meta)) {
            return null;
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            props.load(in);
            String sha = HexFormat.of().formatHex(RowReader.sha256().digest(Files.readAllBytes(body)));
            return sha.equals(props.getProperty("sha256")) ? props : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void store(Path body, Path meta, byte[] content, HttpResponse<?> response) {
        Properties props = new Properties();
        response.headers().firstValue("ETag").ifPresent(v -> props.setProperty("etag", v));
        response.headers().firstValue("Last-Modified").ifPresent(v -> props.setProperty("last-modified", v));
        props.setProperty("sha256", HexFormat.of().formatHex(RowReader.sha256().digest(content)));
        props.setProperty("url", response.uri().toString());
        try {
            Files.createDirectories(body.getParent());
            writeAtomically(body, content);
            Path tmp = Files.createTempFile(meta.getParent(), meta.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, null);
            }
            move(tmp, meta);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the download cache under " + body.getParent(), e);
        }
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.write(tmp, content);
        move(tmp, target);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path cachePath(URI uri) {
        String host = uri.getHost() == null ? "local" : uri.getHost() + (uri.getPort() > 0 ? "_" + uri.getPort() : "");
        String path = uri.getPath().replaceAll("^/+", "").replace("..", "_");
        return cacheDir.resolve(host).resolve(path);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
