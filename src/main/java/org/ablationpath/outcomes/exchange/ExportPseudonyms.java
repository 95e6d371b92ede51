package org.ablationpath.outcomes.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registry pseudonyms for exports: HMAC-SHA-256 of an internal id under the registry's secret (created on first use,
 * kept in the database), cut to 20 hex digits. The same id gets the same pseudonym in every export, so files of
 * different entities and days join; without the database the pseudonym leads back to nobody.
 */
@Component
public class ExportPseudonyms {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile SecretKeySpec key;

    ExportPseudonyms(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // the key is created on the first export, which reads in a read-only transaction
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String of(UUID id) {
        if (id == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(id.toString().getBytes(StandardCharsets.US_ASCII))).substring(0, 20);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is not available", impossible);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            // two nodes may race on the first export: the first insert wins and both read it back
            byte[] secret = ownTransaction.execute(status -> {
                jdbc.update("insert into app.registry_export_key (id, secret, created_at) values (1, ?, now()) on conflict (id) do nothing", fresh);
                return jdbc.queryForObject("select secret from app.registry_export_key where id = 1", byte[].class);
            });
            known = new SecretKeySpec(secret, "HmacSHA256");
            key = known;
        }
        return known;
    }
}
