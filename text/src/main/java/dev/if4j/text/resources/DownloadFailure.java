package dev.if4j.text.resources;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/**
 * Why a download failed, in words a user can act on. {@code java.net.http} often throws a {@link
 * ConnectException} with no message (its cause, e.g. an {@link UnresolvedAddressException}, says
 * what happened), which printed as {@code failed: null}.
 */
final class DownloadFailure {
  private DownloadFailure() {}

  static String reason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "the host name could not be resolved (DNS; is this machine offline?)";
      }
      if (t instanceof HttpConnectTimeoutException) return "the connection timed out";
      if (t instanceof HttpTimeoutException) return "the server did not answer in time";
      if (t instanceof NoRouteToHostException) return "no route to the host (network unreachable)";
      if (t instanceof SSLException) return "the TLS handshake failed: " + messageOf(t);
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) return "the connection was refused or could not be made";
    }
    return messageOf(failure);
  }

  /** The message, or the exception's kind when it has none. */
  private static String messageOf(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
