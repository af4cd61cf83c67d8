package app.velocity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 spoken by hand over a socket, so that a test can do what a bad client does and a normal
 * HTTP client will not: declare a length and not send it, trickle bytes, send a body without end,
 * or come from another loopback address (127.0.0.2) than the people it is compared with.
 */
public final class RawClient implements AutoCloseable {

  /** A response as read off the wire. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  private RawClient(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.in = socket.getInputStream();
  }

  public static RawClient open(int port) throws IOException {
    return open(port, InetAddress.getLoopbackAddress());
  }

  /** A connection from this local address (any of 127.0.0.0/8 on Linux). */
  public static RawClient open(int port, InetAddress from) throws IOException {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(from, 0));
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
    return new RawClient(socket);
  }

  /** The request line and headers; {@code headers} are "Name: value" lines. */
  public RawClient head(String method, String path, String... headers) throws IOException {
    StringBuilder head =
        new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    return send(head.append("\r\n").toString());
  }

  public RawClient send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.UTF_8));
  }

  public RawClient send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /** One chunk of a chunked body. */
  public RawClient chunk(byte[] bytes) throws IOException {
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return this;
  }

  public RawClient lastChunk() throws IOException {
    return send("0\r\n\r\n");
  }

  /**
   * Sends chunks of this size until the server stops taking them (it answered and closed) or {@code
   * most} bytes are sent, and says how many were sent.
   */
  public long chunksUntilRefused(int size, long most) {
    byte[] chunk = new byte[size];
    java.util.Arrays.fill(chunk, (byte) ' ');
    long sent = 0;
    try {
      while (sent < most) {
        chunk(chunk);
        sent += size;
      }
    } catch (IOException refused) {
      // the server closed the connection under us: what we wanted to see
    }
    return sent;
  }

  /** The next response; fails when none comes within the wait. */
  public Answer answer(Duration wait) throws IOException {
    socket.setSoTimeout((int) wait.toMillis());
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("the server closed the connection without an answer");
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(); line != null && !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      headers.put(
          line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).strip());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (headers.containsKey("content-length")) {
      body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      for (int size = Integer.parseInt(line().strip(), 16); size > 0; ) {
        body.write(in.readNBytes(size));
        line();
        size = Integer.parseInt(line().strip(), 16);
      }
      line();
    }
    return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
  }

  /** Whether the server closes the connection within the wait (reading anything it still sends). */
  public boolean closedWithin(Duration wait) throws IOException {
    socket.setSoTimeout((int) wait.toMillis());
    try {
      while (in.read() >= 0) {
        // drain
      }
      return true;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0; b = in.read()) {
      if (b == '\n') {
        return line.toString(StandardCharsets.ISO_8859_1).replaceAll("\r$", "");
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
